using System.Net;
using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Xunit;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// Every form the app serves, posted with hostile values in every field it has: the answer is a page with
/// errors or a redirect, never a server error, and the case data still reads back.
/// </summary>
public sealed partial class BadFormInputTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [GeneratedRegex("<(?:input|select|textarea)[^>]*\\bname=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FieldName();

    private static readonly string[] Junk =
    [
        "", " ", new string('x', 20_000), "31/02/2026", "2026-02-31", "not-a-guid", "-1", "99999999999999999999",
        "<script>alert(1)</script>", "'; DROP TABLE cases; --", "\u0000", "NaN", "true", "Perpetrator,Child",
    ];

    [Theory]
    [InlineData("worker")]
    [InlineData("admin")]
    public async Task EveryForm_PostedWithHostileValues_NeverAnswersWithAServerError(string userName)
    {
        var ids = await RouteSamples.CalderAsync(factory);
        var forms = RouteSamples.All(factory, ids).Where(s => !s.IsApi && s.Method == "POST" && !s.AllowsAnonymous && !s.Url.Contains("SignOut", StringComparison.Ordinal)).ToList();
        var client = await factory.SignedInAsync(userName);
        var failures = new List<string>();
        var posted = 0;

        foreach (var form in forms)
        {
            var page = await client.GetAsync(new Uri(form.Url, UriKind.Relative));
            if (page.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            var html = await page.Content.ReadAsStringAsync();
            var fields = FieldName().Matches(html).Select(m => m.Groups[1].Value)
                .Where(n => n != "__RequestVerificationToken").Distinct().ToList();
            foreach (var junk in Junk)
            {
                var values = fields.ToDictionary(f => f, _ => junk);
                var response = await client.PostFormAsync(form.Url, values);
                posted++;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"POST {form.Url} with [{junk[..Math.Min(junk.Length, 20)]}] answered {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(posted > 0, "No form was posted.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.True(home.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"Home answered {(int)home.StatusCode} after the hostile posts.");
    }
}
