using System.Net;
using System.Text.RegularExpressions;
using Lantern.Core.Cases;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Cases;

public sealed partial class CaseEditTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("<option selected=\"selected\" value=\"([^\"]*)\"[^>]*>[^<]*</option>")]
    private static partial Regex Selected();

    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, Guid caseId, string concerns)
    {
        var html = await client.GetStringAsync(new Uri($"/Cases/{caseId}/Edit", UriKind.Relative));
        var selected = Selected().Matches(html).Select(m => m.Groups[1].Value).ToList();
        return new Dictionary<string, string>
        {
            ["Input.Version"] = VersionField().Match(html).Groups[1].Value,
            ["Input.Status"] = nameof(CaseStatus.Open),
            ["Input.PresentingConcerns"] = concerns,
            ["Input.TeamId"] = selected.ElementAtOrDefault(0) ?? "",
            ["Input.AllocatedWorkerId"] = selected.ElementAtOrDefault(1) ?? "",
        };
    }

    [Fact]
    public async Task EditCase_SomeoneElseSavedFirst_ShowsTheConflictKeepsWhatWasTypedAndSavesNothing()
    {
        var caseId = await factory.CaseOfAsync("Fairley");
        var worker = await factory.SignedInAsync("worker");
        var supervisor = await factory.SignedInAsync("supervisor");
        var workerForm = await FormAsync(worker, caseId, "Worker's wording of the concerns");
        var supervisorForm = await FormAsync(supervisor, caseId, "Supervisor's wording of the concerns");

        var first = await supervisor.PostFormAsync($"/Cases/{caseId}/Edit", supervisorForm);
        var second = await worker.PostFormAsync($"/Cases/{caseId}/Edit", workerForm);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await second.Content.ReadAsStringAsync();
        Assert.Contains("lantern-conflict", page, StringComparison.Ordinal);
        Assert.Contains("Worker&#x27;s wording of the concerns", page, StringComparison.Ordinal);
        Assert.Contains("Supervisor&#x27;s wording of the concerns", page, StringComparison.Ordinal);
        var saved = await factory.WithSystemDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.PresentingConcerns).SingleAsync());
        Assert.Equal("Supervisor's wording of the concerns", saved);
    }

    [Fact]
    public async Task EditCase_ClosedWithoutADate_ShowsTheFieldErrorAndKeepsTheText()
    {
        var caseId = await factory.CaseOfAsync("Nowak");
        var worker = await factory.SignedInAsync("worker");
        var form = await FormAsync(worker, caseId, "Concerns typed before a mistake");
        form["Input.Status"] = nameof(CaseStatus.Closed);

        var response = await worker.PostFormAsync($"/Cases/{caseId}/Edit", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Give the date the case closed.", page, StringComparison.Ordinal);
        Assert.Contains("Concerns typed before a mistake", page, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Open, await factory.WithSystemDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync()));
    }
}
