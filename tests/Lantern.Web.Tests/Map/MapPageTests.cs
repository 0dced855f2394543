using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;

namespace Lantern.Web.Tests.Map;

public sealed class MapPageTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static Dictionary<string, string> EffortFields(Guid childId) => new()
    {
        ["Input.CategoryKey"] = "pe.safety",
        ["Input.Description"] = "She kept the children home from contact after he threatened her.",
        ["Input.Accuracy"] = "Exact",
        ["Input.OccurredOn.Day"] = "2",
        ["Input.OccurredOn.Month"] = "10",
        ["Input.OccurredOn.Year"] = "2026",
        ["Input.Source"] = "SurvivorInterview",
        ["Input.ChildIds"] = childId.ToString(),
    };

    private async Task<(HttpClient Api, HttpClient Pages, Guid CaseId, Guid ChildId, Guid SurvivorId)> FamilyAsync()
    {
        var api = await factory.ApiAsync("worker");
        var record = await api.NewCaseAsync();
        await api.NewPersonAsync(record.Id, ParticipantRole.Perpetrator, "Kyle", "Naylor");
        var survivor = await api.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Erin", "Naylor");
        var child = await api.NewPersonAsync(record.Id, ParticipantRole.Child, "Poppy", "Naylor");
        return (api, await factory.SignedInAsync("worker"), record.Id, child.Id, survivor.Id);
    }

    [Fact]
    public async Task Map_FullyMappedFamily_ShowsEveryComponentNoGapsAndTheWorkerSafetyAlert()
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var mark = await factory.AuditMarkAsync();

        var html = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Map", UriKind.Relative));

        Assert.Contains("What we don’t know yet <span class=\"lantern-count\">(0)</span>", html, StringComparison.Ordinal);
        Assert.Contains("Worker safety: Gavin Calder", html, StringComparison.Ordinal);
        Assert.Contains("joint visit or in an office setting", html, StringComparison.Ordinal);
        Assert.Contains("Economic abuse", html, StringComparison.Ordinal);
        Assert.Contains("Rory arrives unkempt", html, StringComparison.Ordinal);
        Assert.Contains("caused by: Economic abuse", html, StringComparison.Ordinal);
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.MapViewed && e.CaseId == caseId && e.Detail == "part=map");
    }

    [Fact]
    public async Task Map_HalfMappedFamily_ListsTheGapsAndHisEarlierRelationships()
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Burns");
        var darren = await factory.PersonAsync("Darren", "Whitlock");

        var html = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Map", UriKind.Relative));

        Assert.Contains("data-rule=\"component-empty\"", html, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"factors-double-standard\"", html, StringComparison.Ordinal);
        Assert.Contains("Nothing is recorded about how the perpetrator&#x27;s behaviour has affected Tyler Burns", html, StringComparison.Ordinal);
        Assert.Contains("4 behaviours from earlier relationships", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/People/{darren}/Pattern\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_LinksToTheMapAndShowsTheWorkerSafetyAlert()
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");

        var html = await worker.GetStringAsync(new Uri($"/Cases/{caseId}", UriKind.Relative));

        Assert.Contains($"href=\"/Cases/{caseId}/Map\"", html, StringComparison.Ordinal);
        Assert.Contains("Worker safety: Gavin Calder", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonPage_OfAPerpetratorWithHostilityToStaff_ShowsTheAlertAndHisPattern()
    {
        var worker = await factory.SignedInAsync("worker");
        var gavin = await factory.PersonAsync("Gavin", "Calder");
        var morag = await factory.PersonAsync("Morag", "Calder");

        var his = await worker.GetStringAsync(new Uri($"/People/{gavin}", UriKind.Relative));
        var hers = await worker.GetStringAsync(new Uri($"/People/{morag}", UriKind.Relative));

        Assert.Contains("Worker safety: Gavin Calder", his, StringComparison.Ordinal);
        Assert.Contains($"href=\"/People/{gavin}/Pattern\"", his, StringComparison.Ordinal);
        Assert.DoesNotContain("Worker safety", hers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEffort_ThroughTheForm_ShowsOnTheMapAndTheGapGoes()
    {
        var (_, worker, caseId, childId, _) = await FamilyAsync();
        var before = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Map", UriKind.Relative));

        var response = await worker.PostFormAsync($"/Cases/{caseId}/Map/New?component=ProtectiveEfforts", EffortFields(childId));
        var after = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Map", UriKind.Relative));

        Assert.Contains("Nothing is recorded yet about the survivor&#x27;s efforts", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cases/{caseId}/Map#protective-efforts", response.Headers.Location!.OriginalString);
        Assert.Contains("She kept the children home from contact", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing is recorded yet about the survivor&#x27;s efforts", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEntry_MissingAnswers_ShowsEachFieldErrorAndKeepsWhatWasTyped()
    {
        var (_, worker, caseId, _, _) = await FamilyAsync();

        var response = await worker.PostFormAsync($"/Cases/{caseId}/Map/New?component=ChildImpact", new()
        {
            ["Input.Description"] = "Poppy wets the bed after contact weekends.",
            ["Input.OccurredOn.Day"] = "31",
            ["Input.OccurredOn.Month"] = "2",
            ["Input.OccurredOn.Year"] = "2026",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error:", html, StringComparison.Ordinal);
        Assert.Contains("Choose a category.", html, StringComparison.Ordinal);
        Assert.Contains("Choose where this information came from.", html, StringComparison.Ordinal);
        Assert.Contains("Choose the child or children this is the impact on.", html, StringComparison.Ordinal);
        Assert.Contains("Poppy wets the bed after contact weekends.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewEntry_ReadOnlyRole_IsRefused()
    {
        var reviewer = await factory.SignedInAsync("reviewer");
        var caseId = await factory.CaseOfAsync("Calder");

        var response = await reviewer.GetAsync(new Uri($"/Cases/{caseId}/Map/New?component=CoerciveControl", UriKind.Relative));
        var map = await reviewer.GetStringAsync(new Uri($"/Cases/{caseId}/Map", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("Add a behaviour", map, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_OtherTeamsCase_IsNotFoundAndAudited()
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.TeamBCaseAsync();
        var mark = await factory.AuditMarkAsync();

        var response = await worker.GetAsync(new Uri($"/Cases/{caseId}/Map", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.AssertDeniedAsync(mark, "worker", caseId: caseId);
    }

    [Fact]
    public async Task Edit_SomeoneSavedFirst_ShowsTheirVersionAndKeepsWhatWasTyped()
    {
        var (api, worker, caseId, childId, _) = await FamilyAsync();
        var created = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", new Dictionary<string, object?>
        {
            ["component"] = "ProtectiveEfforts",
            ["categoryKey"] = "pe.safety",
            ["description"] = "Original description.",
            ["accuracy"] = "Unknown",
            ["source"] = "SurvivorInterview",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var editPage = $"/MapEntries/{id}/Edit";
        var token = await worker.AntiforgeryTokenAsync(editPage);
        await (await api.PutJsonAsync($"/api/v1/map-entries/{id}", new Dictionary<string, object?>
        {
            ["component"] = "ProtectiveEfforts",
            ["categoryKey"] = "pe.safety",
            ["description"] = "Saved first by a colleague.",
            ["accuracy"] = "Unknown",
            ["source"] = "SurvivorInterview",
            ["version"] = created.GetProperty("version").GetUInt32(),
        })).ReadAsync<JsonElement>();

        var fields = new Dictionary<string, string>(EffortFields(childId))
        {
            ["Input.Description"] = "My edit from the page I opened earlier.",
            ["Input.Version"] = created.GetProperty("version").GetUInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = token,
        };
        var response = await worker.PostAsync(new Uri(editPage, UriKind.Relative), new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();
        var saved = await (await api.GetAsync($"/api/v1/map-entries/{id}")).ReadAsync<JsonElement>();

        Assert.True(html.Contains("changed by someone else", StringComparison.Ordinal), html[html.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Saved first by a colleague.", html, StringComparison.Ordinal);
        Assert.Contains("My edit from the page I opened earlier.", html, StringComparison.Ordinal);
        Assert.Equal("Saved first by a colleague.", saved.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Remove_AfterConfirming_TakesTheEntryOffTheMap()
    {
        var (api, worker, caseId, _, survivorId) = await FamilyAsync();
        var created = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", new Dictionary<string, object?>
        {
            ["component"] = "IntersectingFactors",
            ["categoryKey"] = "if.housing",
            ["description"] = "The family faces eviction after he stopped paying the rent.",
            ["accuracy"] = "Ongoing",
            ["source"] = "Records",
            ["adultId"] = survivorId,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var response = await worker.PostFormAsync($"/MapEntries/{id}/Remove", new() { ["Version"] = created.GetProperty("version").GetUInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var map = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Map", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("faces eviction", map, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chronology_FilteredBySource_ShowsOnlyThatSourceInDateOrder()
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");

        var all = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Chronology", UriKind.Relative));
        var school = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Chronology?source=School", UriKind.Relative));

        Assert.Contains("Gavin pushed Morag", all, StringComparison.Ordinal);
        Assert.Contains("Rory arrives unkempt", school, StringComparison.Ordinal);
        Assert.DoesNotContain("Gavin pushed Morag", school, StringComparison.Ordinal);
        Assert.True(all.IndexOf("Gavin stopped Morag seeing her sister", StringComparison.Ordinal) < all.IndexOf("Gavin pushed Morag", StringComparison.Ordinal),
            "an entry from eight years ago comes before one from fourteen months ago");
    }

    [Fact]
    public async Task Pattern_MarksTheEarlierRelationship_AndIsNotFoundForAnotherAgency()
    {
        var worker = await factory.SignedInAsync("worker");
        var teacher = await factory.SignedInAsync("teacher");
        var darren = await factory.PersonAsync("Darren", "Whitlock");

        var html = await worker.GetStringAsync(new Uri($"/People/{darren}/Pattern", UriKind.Relative));
        var refused = await teacher.GetAsync(new Uri($"/People/{darren}/Pattern", UriKind.Relative));

        Assert.Contains("Earlier relationship", html, StringComparison.Ordinal);
        Assert.Contains("with Jade Moss", html, StringComparison.Ordinal);
        Assert.Contains("Strangulation (high risk)", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
