using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Sharing;

/// <summary>
/// The demonstration agreement shares the Calder case with the police (his pattern and the intakes), the domestic
/// abuse service (the whole map and the plan, with Morag's consent) and the school (the impact on the children and
/// the plan). Each partner sees exactly its categories on every surface, and nothing else.
/// </summary>
public sealed class SharingMatrixTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static readonly string[] Components = ["coerciveControl", "harmToChild", "protectiveEfforts", "childImpact", "intersectingFactors"];

    public static TheoryData<string, string[], bool, bool> Partners => new()
    {
        // user, map components visible, intakes visible, plan visible
        { "officer", ["coerciveControl", "harmToChild"], true, false },
        { "advocate", ["coerciveControl", "harmToChild", "protectiveEfforts", "childImpact", "intersectingFactors"], false, true },
        { "teacher", ["childImpact"], false, true },
    };

    [Theory]
    [MemberData(nameof(Partners))]
    public async Task Partner_SeesExactlyItsCategories_InTheApi(string userName, string[] components, bool intakes, bool plan)
    {
        var api = await factory.ApiAsync(userName);
        var caseId = await factory.CaseOfAsync("Calder");

        var map = await (await api.GetAsync($"/api/v1/cases/{caseId}/map")).ReadAsync<JsonElement>();
        var record = await (await api.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync<JsonElement>();
        var intakeList = await (await api.GetAsync($"/api/v1/cases/{caseId}/intakes")).ReadAsync<JsonElement>();
        var planResponse = await api.GetAsync($"/api/v1/cases/{caseId}/plan");
        var safety = await (await api.GetAsync($"/api/v1/cases/{caseId}/safety-plans")).ReadAsync<JsonElement>();
        var search = await (await api.GetAsync("/api/v1/cases?search=Calder")).ReadAsync<JsonElement>();

        foreach (var component in Components)
        {
            var count = map.GetProperty(component).GetProperty("entries").GetArrayLength();
            Assert.True(components.Contains(component) ? count > 0 : count == 0, $"{userName} sees {count} entries in {component}");
        }

        Assert.True(record.GetProperty("participants").GetArrayLength() > 0, "identity is shared with every partner");
        Assert.Equal(intakes, intakeList.GetArrayLength() > 0);
        if (plan)
        {
            Assert.True((await planResponse.ReadAsync<JsonElement>()).GetProperty("goals").GetArrayLength() > 0);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, planResponse.StatusCode);
        }

        Assert.Equal(0, safety.GetArrayLength());
        Assert.Contains(search.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == caseId);
    }

    [Theory]
    [MemberData(nameof(Partners))]
    public async Task Partner_SeesExactlyItsCategories_OnThePages_AndEachReadIsAudited(string userName, string[] components, bool intakes, bool plan)
    {
        var pages = await factory.SignedInAsync(userName);
        var caseId = await factory.CaseOfAsync("Calder");
        var userId = await factory.UserIdAsync(userName);
        var mark = await factory.AuditMarkAsync();

        var casePage = await pages.GetStringAsync(new Uri($"/Cases/{caseId}", UriKind.Relative));
        var mapPage = await pages.GetStringAsync(new Uri($"/Cases/{caseId}/Map", UriKind.Relative));
        var planResponse = await pages.GetAsync(new Uri($"/Cases/{caseId}/Plan", UriKind.Relative));
        var planPage = await planResponse.Content.ReadAsStringAsync();
        var newGoal = await pages.GetAsync(new Uri($"/Cases/{caseId}/Plan/Goals/New", UriKind.Relative));
        var edit = await pages.GetAsync(new Uri($"/Cases/{caseId}/Edit", UriKind.Relative));

        Assert.Contains("Shared with your agency by Northgate Children", casePage, StringComparison.Ordinal);
        Assert.Equal(components.Contains("coerciveControl"), mapPage.Contains("Gavin pushed Morag", StringComparison.Ordinal));
        Assert.Equal(components.Contains("protectiveEfforts"), mapPage.Contains("Morag saves small amounts", StringComparison.Ordinal));
        Assert.Equal(components.Contains("childImpact"), mapPage.Contains("Rory arrives unkempt", StringComparison.Ordinal));
        Assert.Equal(components.Contains("intersectingFactors"), mapPage.Contains("Gavin drinks heavily", StringComparison.Ordinal));
        Assert.Equal(intakes, casePage.Contains("Police concern form", StringComparison.Ordinal));
        Assert.Equal(plan, planPage.Contains("Gavin will stop controlling the household money", StringComparison.Ordinal));
        Assert.Equal(plan ? HttpStatusCode.OK : HttpStatusCode.NotFound, planResponse.StatusCode);
        Assert.DoesNotContain("Add a goal for", planPage, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, newGoal.StatusCode);
        Assert.DoesNotContain("any milk", casePage + mapPage + planPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var rows = await factory.AuditSinceAsync(mark);
        Assert.Contains(rows, e => e.Action == AuditAction.CaseViewed && e.CaseId == caseId && e.UserId == userId);
        Assert.Contains(rows, e => e.Action == AuditAction.MapViewed && e.CaseId == caseId && e.UserId == userId);
    }

    [Fact]
    public async Task Officer_AddsAnIncidentToHisPattern_TheWorkerSeesItWithThePoliceAsSource()
    {
        var officer = await factory.ApiAsync("officer");
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");

        var created = await (await officer.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", new Dictionary<string, object?>
        {
            ["component"] = "CoerciveControl",
            ["categoryKey"] = "cc.threats",
            ["description"] = "Officers attended after Gavin threatened Morag on the phone; recorded as a domestic incident.",
            ["accuracy"] = "Exact",
            ["occurredOn"] = ApiSupport.Today.AddDays(-2),
            ["source"] = "PoliceReport",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var map = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Map", UriKind.Relative));

        Assert.Equal("Northgate Police", created.GetProperty("contributedBy").GetString());
        Assert.Contains("Officers attended after Gavin threatened Morag", map, StringComparison.Ordinal);
        Assert.Contains("Northgate Police", map, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officer_CannotWriteOutsideTheCategoriesOrChangeTheCase()
    {
        var officer = await factory.ApiAsync("officer");
        var caseId = await factory.CaseOfAsync("Calder");
        var gavin = await factory.PersonAsync("Gavin", "Calder");
        var map = await (await officer.GetAsync($"/api/v1/cases/{caseId}/map")).ReadAsync<JsonElement>();
        var welfareEntry = map.GetProperty("coerciveControl").GetProperty("entries").EnumerateArray()
            .First(e => e.GetProperty("contributedBy").GetString() == "Northgate Children's Services");

        var effort = await officer.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", new Dictionary<string, object?>
        {
            ["component"] = "ProtectiveEfforts",
            ["categoryKey"] = "pe.safety",
            ["description"] = "She called us.",
            ["accuracy"] = "Unknown",
            ["source"] = "PoliceReport",
        });
        var changeTheirs = await officer.PutJsonAsync($"/api/v1/map-entries/{welfareEntry.GetProperty("id").GetGuid()}", new Dictionary<string, object?>
        {
            ["component"] = "CoerciveControl",
            ["categoryKey"] = welfareEntry.GetProperty("category").GetProperty("key").GetString(),
            ["description"] = "Rewritten by another agency.",
            ["accuracy"] = "Unknown",
            ["source"] = "PoliceReport",
            ["version"] = welfareEntry.GetProperty("version").GetUInt32(),
        });
        var caseEdit = await officer.PutJsonAsync($"/api/v1/cases/{caseId}", new { presentingConcerns = "Changed by the police.", version = 0 });
        var person = await officer.PutJsonAsync($"/api/v1/people/{gavin}", new { givenName = "Changed", familyName = "Calder", version = 0 });
        var participantCount = await factory.WithSystemDbAsync(db => db.Participants.CountAsync(p => p.CaseId == caseId));
        var morag = await factory.PersonAsync("Morag", "Calder");
        var newPerson = await officer.PostJsonAsync("/api/v1/people", new { caseId, role = "Other", givenName = "Added", familyName = "ByThePolice" });
        var addParticipant = await officer.PostJsonAsync($"/api/v1/cases/{caseId}/participants", new { personId = gavin, role = "Other" });
        var relate = await officer.PostJsonAsync("/api/v1/relationships", new { personId = gavin, relatedPersonId = morag, kind = "FormerPartner" });

        // Refused for what it is (403), before any check of the input could answer 400.
        Assert.Equal(HttpStatusCode.Forbidden, effort.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, changeTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, caseEdit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, person.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, newPerson.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, addParticipant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, relate.StatusCode);
        Assert.Equal(participantCount, await factory.WithSystemDbAsync(db => db.Participants.CountAsync(p => p.CaseId == caseId)));
        var record = await (await (await factory.ApiAsync("worker")).GetAsync($"/api/v1/cases/{caseId}")).ReadAsync<JsonElement>();
        Assert.DoesNotContain("Changed by the police", record.GetProperty("presentingConcerns").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("teacher")]
    public async Task Partner_WithoutNotesOrSafetyPlans_NeverSeesThem(string userName)
    {
        var caseId = await factory.CaseOfAsync("Calder");
        var canary = "CANARY-" + Guid.NewGuid().ToString("N")[..12];
        var pagesOfWorker = await factory.SignedInAsync("worker");
        await pagesOfWorker.PostFormAsync($"/Cases/{caseId}/Notes/New", new()
        {
            ["Input.Kind"] = "HomeVisit",
            ["Input.WithWhom"] = "Morag",
            ["Input.OccurredOn.Day"] = "20",
            ["Input.OccurredOn.Month"] = "11",
            ["Input.OccurredOn.Year"] = "2026",
            ["Input.Text"] = $"Home visit note {canary}.",
        });
        var partner = await factory.SignedInAsync(userName);

        var notes = await partner.GetStringAsync(new Uri($"/Cases/{caseId}/Notes", UriKind.Relative));
        var check = await partner.GetStringAsync(new Uri($"/Cases/{caseId}/Notes/Check", UriKind.Relative));

        Assert.DoesNotContain(canary, notes + check, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal));
    }
}
