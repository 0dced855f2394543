using System.Net;
using System.Text.Json;
using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;

namespace Lantern.Web.Tests.Meetings;

/// <summary>
/// Who sees the demonstration Calder risk conference, and how much of it: the case's own agency all of it; the police
/// (meetings, his pattern and his harm to the children) only those minutes and no plan; the domestic abuse service
/// all five components and the plan; the school (no meetings in its agreement), Team B and an agency with no share
/// nothing at all.
/// </summary>
public sealed class MeetingMatrixTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    // Phrases from the conference's minutes and the Calder map and plan, one for each thing a partner may or may not see.
    private const string CoerciveControlMinutes = "Police confirmed the call-out fourteen months ago";
    private const string HarmToChildMinutes = "by hitting them with a belt";
    private const string ProtectiveEffortsMinutes = "She saves small amounts from the food money";
    private const string ChildImpactMinutes = "the designated safeguarding lead says he settles with a familiar adult";
    private const string IntersectingFactorsMinutes = "Rory's autism means routine and quiet matter to him";
    private const string ProtectiveEffortsEntry = "Morag saves small amounts";
    private const string ChildImpactEntry = "Rory arrives unkempt";
    private const string IntersectingFactorsEntry = "Gavin drinks heavily";
    private const string PlanGoal = "Gavin will stop controlling the household money";

    private async Task<Guid> CourtUserAsync()
    {
        const string userName = "clerk.meetings";
        var court = await factory.AgencyIdAsync("Northgate Family Court");
        var admin = await factory.SignedInAsync("admin");
        var created = await admin.PostFormAsync("/Admin/Users/New", new()
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "Court Liaison Officer",
            ["Input.AgencyId"] = court.ToString(),
            ["Input.Roles"] = LanternRoles.PartnerPractitioner,
            ["Input.Password"] = Clients.DemoPassword + "-court",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return await factory.UserIdAsync(userName);
    }

    [Theory]
    [InlineData("worker", true)]
    [InlineData("supervisor", true)]
    [InlineData("manager", true)]
    [InlineData("reviewer", false)]
    public async Task OwnAgency_SeesTheWholeConference_AndThePlannedFamilyMeeting(string userName, bool mayChange)
    {
        var api = await factory.ApiAsync(userName);
        var caseId = await factory.CaseOfAsync("Calder");
        var id = await factory.CalderConferenceAsync();

        var list = await (await api.GetAsync($"/api/v1/cases/{caseId}/meetings")).ReadAsync<JsonElement>();
        var pack = await (await api.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var body = pack.ToString();

        var kinds = list.GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("kind").GetString()).ToList();
        Assert.Contains("RiskConference", kinds);
        Assert.Contains("FamilyMeeting", kinds);
        Assert.Equal(mayChange, list.GetProperty("mayChange").GetBoolean());
        Assert.True(pack.GetProperty("isOwnAgency").GetBoolean());
        Assert.Equal(MeetingSupport.Components, MeetingSupport.MinutesShown(pack.GetProperty("meeting")));
        Assert.Equal(MeetingSupport.Components, pack.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("component").GetString()));
        Assert.Equal(0, pack.GetProperty("notShared").GetArrayLength());
        Assert.True(pack.GetProperty("plan").GetProperty("goals").GetInt32() > 0);
        foreach (var phrase in new[] { CoerciveControlMinutes, HarmToChildMinutes, ProtectiveEffortsMinutes, ChildImpactMinutes, IntersectingFactorsMinutes })
        {
            Assert.Contains(phrase, body, StringComparison.Ordinal);
        }

        Assert.Equal(["Northgate Children's Services", "Harbour Domestic Abuse Service", "Northgate Police", "Riverside Primary School"],
            pack.GetProperty("meeting").GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("agencyName").GetString()));
        Assert.Equal(["Harbour Domestic Abuse Service", "Northgate Police", "Riverside Primary School"],
            pack.GetProperty("otherAgencies").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task DemoConference_HasOneDoneActionAndOnePoliceActionOverdue()
    {
        var api = await factory.ApiAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var id = await factory.CalderConferenceAsync();

        var pack = await (await api.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var list = await (await api.GetAsync($"/api/v1/cases/{caseId}/meetings")).ReadAsync<JsonElement>();

        var meeting = pack.GetProperty("meeting");
        var actions = meeting.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(ApiSupport.Today.AddDays(-14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), meeting.GetProperty("heldOn").GetString());
        Assert.InRange(actions.Count, 4, 5);
        Assert.Single(actions, a => a.GetProperty("status").GetString() == "Done");
        var overdue = Assert.Single(actions, a => a.GetProperty("status").GetString() == "Open" && DateOnly.Parse(a.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture) < ApiSupport.Today);
        Assert.Equal("Northgate Police", overdue.GetProperty("ownerAgencyName").GetString());
        Assert.All(actions, a => Assert.False(string.IsNullOrEmpty(a.GetProperty("owner").GetString())));
        Assert.All(actions, a => Assert.NotEqual(JsonValueKind.Null, a.GetProperty("ownerAgencyId").ValueKind));
        var family = Assert.Single(list.GetProperty("meetings").EnumerateArray(), m => m.GetProperty("kind").GetString() == "FamilyMeeting");
        Assert.Equal(ApiSupport.Today.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), family.GetProperty("heldOn").GetString());
        var familyPack = await (await api.GetAsync($"/api/v1/meetings/{family.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
        Assert.All(familyPack.GetProperty("meeting").GetProperty("minutes").EnumerateObject(), m => Assert.Equal("", m.Value.GetString()));
    }

    [Fact]
    public async Task Officer_SeesOnlyHisPatternAndHarmToTheChildren_NoPlan_AndTheReadIsAudited()
    {
        var officer = await factory.ApiAsync("officer");
        var officerId = await factory.UserIdAsync("officer");
        var police = await factory.AgencyIdAsync("Northgate Police");
        var caseId = await factory.CaseOfAsync("Calder");
        var id = await factory.CalderConferenceAsync();
        var mark = await factory.AuditMarkAsync();

        var response = await officer.GetAsync($"/api/v1/meetings/{id}");
        var listResponse = await officer.GetAsync($"/api/v1/cases/{caseId}/meetings");
        var pack = await response.ReadAsync<JsonElement>();
        var list = await listResponse.ReadAsync<JsonElement>();
        var body = pack.ToString() + list;
        var audit = await factory.AuditSinceAsync(mark);

        Assert.False(pack.GetProperty("isOwnAgency").GetBoolean());
        Assert.Equal(["CoerciveControl", "HarmToChild"], MeetingSupport.MinutesShown(pack.GetProperty("meeting")));
        var components = pack.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(["CoerciveControl", "HarmToChild"], components.Select(c => c.GetProperty("component").GetString()));
        Assert.All(components, c => Assert.True(c.GetProperty("entries").GetArrayLength() > 0));
        Assert.Equal(["ProtectiveEfforts", "ChildImpact", "IntersectingFactors"], MeetingSupport.Strings(pack.GetProperty("notShared")));
        Assert.Equal(JsonValueKind.Null, pack.GetProperty("plan").ValueKind);
        Assert.Contains(CoerciveControlMinutes, body, StringComparison.Ordinal);
        Assert.Contains(HarmToChildMinutes, body, StringComparison.Ordinal);
        foreach (var hidden in new[] { ProtectiveEffortsMinutes, ChildImpactMinutes, IntersectingFactorsMinutes, ProtectiveEffortsEntry, ChildImpactEntry, IntersectingFactorsEntry, PlanGoal })
        {
            Assert.DoesNotContain(hidden, body, StringComparison.Ordinal);
        }

        Assert.False(list.GetProperty("mayChange").GetBoolean());
        Assert.Contains(audit, e => e.Action == AuditAction.MeetingViewed && e.UserId == officerId && e.SubjectId == id && e.CaseId == caseId
            && e.Detail == $"part=pack;agency={police};preview=no");
        Assert.Contains(audit, e => e.Action == AuditAction.MeetingViewed && e.UserId == officerId && e.CaseId == caseId && e.Detail!.StartsWith("part=list;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Advocate_SeesAllFiveComponentsAndThePlan()
    {
        var advocate = await factory.ApiAsync("advocate");
        var id = await factory.CalderConferenceAsync();

        var pack = await (await advocate.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var body = pack.ToString();

        Assert.Equal(MeetingSupport.Components, MeetingSupport.MinutesShown(pack.GetProperty("meeting")));
        Assert.Equal(MeetingSupport.Components, pack.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("component").GetString()));
        Assert.Equal(0, pack.GetProperty("notShared").GetArrayLength());
        Assert.True(pack.GetProperty("plan").GetProperty("goals").GetInt32() > 0);
        foreach (var phrase in new[] { CoerciveControlMinutes, ProtectiveEffortsMinutes, ChildImpactMinutes, IntersectingFactorsMinutes, ProtectiveEffortsEntry, PlanGoal })
        {
            Assert.Contains(phrase, body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("any milk", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("teacher")]
    [InlineData("colleague")]
    public async Task WithoutMeetingsOnTheCase_EveryMeetingRouteIsNotFound_AndTheAttemptIsAudited(string userName)
    {
        var api = await factory.ApiAsync(userName);
        var caseId = await factory.CaseOfAsync("Calder");
        var id = await factory.CalderConferenceAsync();
        var police = await factory.AgencyIdAsync("Northgate Police");
        var action = await factory.ConferenceActionAsync("Riverside Primary School");
        var mark = await factory.AuditMarkAsync();

        var list = await api.GetAsync($"/api/v1/cases/{caseId}/meetings");
        var meeting = await api.GetAsync($"/api/v1/meetings/{id}");
        var preview = await api.GetAsync($"/api/v1/meetings/{id}/packs/{police}");
        var actions = await (await api.GetAsync("/api/v1/meeting-actions")).ReadAsync<JsonElement>();
        var progress = await api.ProgressAsync(action.GetProperty("id").GetGuid(), "Done", action.GetProperty("version").GetUInt32());

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, meeting.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, progress.StatusCode);
        Assert.DoesNotContain(actions.EnumerateArray(), a => a.GetProperty("action").GetProperty("caseId").GetGuid() == caseId);
        Assert.DoesNotContain("Calder", await meeting.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.AssertDeniedAsync(mark, userName, caseId: caseId);
        var audit = await factory.AuditSinceAsync(mark);
        Assert.Contains(audit, e => e.Action == AuditAction.AccessDenied && e.CaseId == caseId && e.Detail == $"attempted={AuditAction.MeetingViewed}");
        Assert.Contains(audit, e => e.Action == AuditAction.AccessDenied && e.CaseId == caseId && e.Detail == $"attempted={AuditAction.MeetingActionProgressed}");
        Assert.Equal("Open", (await factory.ConferenceActionAsync("Riverside Primary School")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AgencyWithNoShare_SeesNoMeeting()
    {
        var clerkId = await CourtUserAsync();
        var clerk = await factory.ApiAsync("clerk.meetings", Clients.DemoPassword + "-court");
        var caseId = await factory.CaseOfAsync("Calder");
        var id = await factory.CalderConferenceAsync();
        var mark = await factory.AuditMarkAsync();

        var list = await clerk.GetAsync($"/api/v1/cases/{caseId}/meetings");
        var meeting = await clerk.GetAsync($"/api/v1/meetings/{id}");
        var actions = await (await clerk.GetAsync("/api/v1/meeting-actions")).ReadAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, meeting.StatusCode);
        Assert.Equal(0, actions.GetArrayLength());
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.AccessDenied && e.UserId == clerkId && e.CaseId == caseId);
    }

    [Fact]
    public async Task Canary_InTheProtectiveEffortsMinutes_NeverReachesTheOfficer_ButReachesTheAdvocate()
    {
        var worker = await factory.ApiAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var canary = "CANARY-" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
        var body = MeetingSupport.MeetingBody(await factory.AgencyIdAsync(DemoData.ChildWelfareAgency), await factory.AgencyIdAsync("Northgate Police"),
            protectiveEfforts: $"Morag told her advocate where she goes when he has been drinking ({canary}).");
        var created = await worker.CreateMeetingAsync(caseId, body);
        var id = created.GetProperty("id").GetGuid();
        var officer = await factory.ApiAsync("officer");
        var advocate = await factory.ApiAsync("advocate");

        var meeting = await (await officer.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var list = await (await officer.GetAsync($"/api/v1/cases/{caseId}/meetings")).ReadAsync<JsonElement>();
        var actions = await (await officer.GetAsync("/api/v1/meeting-actions")).ReadAsync<JsonElement>();
        var mine = await (await officer.GetAsync("/api/v1/meeting-actions?mine=true")).ReadAsync<JsonElement>();
        var advocates = await (await advocate.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();

        Assert.Equal("He checks her phone every evening and decides whom she may see.",
            meeting.GetProperty("meeting").GetProperty("minutes").GetProperty("CoerciveControl").GetString());
        Assert.Contains(list.GetProperty("meetings").EnumerateArray(), m => m.GetProperty("id").GetGuid() == id);
        Assert.Contains(actions.EnumerateArray(), a => a.GetProperty("action").GetProperty("meetingId").GetGuid() == id);
        Assert.Contains(mine.EnumerateArray(), a => a.GetProperty("action").GetProperty("meetingId").GetGuid() == id);
        foreach (var response in new[] { meeting, list, actions, mine })
        {
            Assert.DoesNotContain(canary, response.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains(canary, advocates.GetProperty("meeting").GetProperty("minutes").GetProperty("ProtectiveEfforts").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Preview_OfThePolicePack_IsWhatTheOfficerSees_AndIsAuditedAsAPreview()
    {
        var worker = await factory.ApiAsync("worker");
        var officer = await factory.ApiAsync("officer");
        var workerId = await factory.UserIdAsync("worker");
        var police = await factory.AgencyIdAsync("Northgate Police");
        var id = await factory.CalderConferenceAsync();
        var mark = await factory.AuditMarkAsync();

        var preview = await (await worker.GetAsync($"/api/v1/meetings/{id}/packs/{police}")).ReadAsync<JsonElement>();
        var own = await (await officer.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var audit = await factory.AuditSinceAsync(mark);

        Assert.True(preview.GetProperty("isPreview").GetBoolean());
        Assert.False(own.GetProperty("isPreview").GetBoolean());
        Assert.Equal("Northgate Police", preview.GetProperty("agencyName").GetString());
        Assert.Equal(own.GetProperty("categories").GetString(), preview.GetProperty("categories").GetString());
        Assert.Equal(own.GetProperty("meeting").GetProperty("minutes").ToString(), preview.GetProperty("meeting").GetProperty("minutes").ToString());
        Assert.Equal(["CoerciveControl", "HarmToChild"], MeetingSupport.MinutesShown(preview.GetProperty("meeting")));
        Assert.Equal(own.GetProperty("components").ToString(), preview.GetProperty("components").ToString());
        Assert.Equal(own.GetProperty("notShared").ToString(), preview.GetProperty("notShared").ToString());
        Assert.Equal(own.GetProperty("agenda").ToString(), preview.GetProperty("agenda").ToString());
        Assert.Equal(JsonValueKind.Null, preview.GetProperty("plan").ValueKind);
        Assert.DoesNotContain(ProtectiveEffortsMinutes, preview.ToString(), StringComparison.Ordinal);
        Assert.Contains(audit, e => e.Action == AuditAction.MeetingViewed && e.UserId == workerId && e.SubjectId == id
            && e.Detail == $"part=pack;agency={police};preview=yes");
    }

    [Theory]
    [InlineData("officer", "Harbour Domestic Abuse Service")]
    [InlineData("advocate", "Northgate Police")]
    [InlineData("officer", DemoData.ChildWelfareAgency)]
    public async Task Partner_AskingForAnotherAgencysPack_IsNotFound(string userName, string agency)
    {
        var api = await factory.ApiAsync(userName);
        var id = await factory.CalderConferenceAsync();
        var caseId = await factory.CaseOfAsync("Calder");
        var mark = await factory.AuditMarkAsync();

        var response = await api.GetAsync($"/api/v1/meetings/{id}/packs/{await factory.AgencyIdAsync(agency)}");
        var ownPack = await api.GetAsync($"/api/v1/meetings/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownPack.StatusCode);
        await factory.AssertDeniedAsync(mark, userName, caseId: caseId);
    }
}
