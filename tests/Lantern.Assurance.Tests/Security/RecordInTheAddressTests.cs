using System.Net;
using System.Text.RegularExpressions;
using Lantern.Assurance.Tests.Policy;
using Lantern.TestCommon;
using Xunit;

namespace Lantern.Assurance.Tests.Security;

/// <summary>
/// Issue 9, part 3 for page forms: the address names the record a form acts on, and a form field cannot name another.
/// Model binding reads posted fields before the route, so a field called "id" or "caseId" would otherwise redirect the
/// handler to a record the address does not name, past any check made on the address.
/// </summary>
public sealed partial class RecordInTheAddressTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    /// <summary>The names the pages' routes give their record, in the spellings a form might use.</summary>
    private static readonly string[] RouteNames = ["id", "Id", "caseId", "CaseId"];

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex RecordId();

    [Fact]
    public async Task EveryCaseForm_PostedToAnUnknownRecord_WithFieldsNamingAKnownOne_AnswersNotFound()
    {
        var records = await CalderRecords.FindAsync(factory);
        using var worker = await factory.SignedInAsync("worker");
        using var reviewer = await factory.SignedInAsync("reviewer");
        var tokens = new Dictionary<HttpClient, string> { [worker] = await worker.AntiforgeryTokenAsync("/"), [reviewer] = await reviewer.AntiforgeryTokenAsync("/") };
        var failures = new List<string>();
        var sent = 0;

        foreach (var form in PolicyForms.For(records, restricted: false))
        {
            // The Calder case's allocated worker may change everything on it but its quality review, which is the reviewer's.
            var user = form.Right == PolicyRights.UpdateReview ? reviewer : worker;
            var known = RecordId().Match(form.Url).Value;
            var unknownUrl = RecordId().Replace(form.Url, _ => Guid.NewGuid().ToString());
            var fields = new Dictionary<string, string>(form.Fields) { ["__RequestVerificationToken"] = tokens[user] };
            foreach (var name in RouteNames)
            {
                fields[name] = known;
            }

            using var response = await user.PostAsync(new Uri(unknownUrl, UriKind.Relative), new FormUrlEncodedContent(fields));
            sent++;
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{form.Key}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Forms posted to an unknown record with fields naming a known one: {sent}; acted on the known one: {failures.Count}.");
        Assert.True(sent >= 40, $"Only {sent} forms were posted.");
        Assert.True(failures.Count == 0, "These forms acted on the record a field named instead of the one the address named:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }
}
