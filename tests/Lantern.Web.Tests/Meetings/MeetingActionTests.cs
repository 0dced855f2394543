using System.Globalization;
using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;

namespace Lantern.Web.Tests.Meetings;

/// <summary>
/// Following the demonstration risk conference's actions to completion: each agency records progress on its own
/// actions and on nothing else, and a partner changes nothing else of the meeting. Its own fixture: these change the
/// demonstration conference's actions.
/// </summary>
public sealed class MeetingActionTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [Fact]
    public async Task Officer_RecordsThePoliceActionDone_TheWorkerSeesItDone_AndItIsAudited()
    {
        var officer = await factory.ApiAsync("officer");
        var worker = await factory.ApiAsync("worker");
        var officerId = await factory.UserIdAsync("officer");
        var caseId = await factory.CaseOfAsync("Calder");
        var id = await factory.CalderConferenceAsync();
        var mine = await (await officer.GetAsync("/api/v1/meeting-actions?mine=true")).ReadAsync<JsonElement>();
        var first = mine[0];
        var action = first.GetProperty("action");
        var actionId = action.GetProperty("id").GetGuid();
        var mark = await factory.AuditMarkAsync();

        var response = await officer.ProgressAsync(actionId, "Done", action.GetProperty("version").GetUInt32(), "Call-out history sent to the worker by secure email.");
        var pack = await (await worker.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var open = await (await worker.GetAsync("/api/v1/meeting-actions")).ReadAsync<JsonElement>();
        var list = await (await worker.GetAsync($"/api/v1/cases/{caseId}/meetings")).ReadAsync<JsonElement>();
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Equal("Northgate Police", action.GetProperty("ownerAgencyName").GetString());
        Assert.True(DateOnly.Parse(action.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture) < ApiSupport.Today, "the police action is overdue, and listed first");
        Assert.True(first.GetProperty("mayRecordProgress").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var done = Assert.Single(pack.GetProperty("meeting").GetProperty("actions").EnumerateArray(), a => a.GetProperty("id").GetGuid() == actionId);
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Equal(ApiSupport.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), done.GetProperty("completedOn").GetString());
        Assert.Equal("Call-out history sent to the worker by secure email.", done.GetProperty("completionNote").GetString());
        Assert.DoesNotContain(open.EnumerateArray(), a => a.GetProperty("action").GetProperty("id").GetGuid() == actionId);
        var conference = Assert.Single(list.GetProperty("meetings").EnumerateArray(), m => m.GetProperty("id").GetGuid() == id);
        Assert.Equal(0, conference.GetProperty("overdueActions").GetInt32());
        Assert.Contains(audit, e => e.Action == AuditAction.MeetingActionProgressed && e.UserId == officerId && e.CaseId == caseId && e.SubjectId == actionId
            && e.Detail == "status=Done");
    }

    [Theory]
    [InlineData("Riverside Primary School")]
    [InlineData(DemoData.ChildWelfareAgency)]
    public async Task Officer_CannotRecordProgressOnAnotherAgencysAction(string owner)
    {
        var officer = await factory.ApiAsync("officer");
        var action = await factory.ConferenceActionAsync(owner);
        var actionId = action.GetProperty("id").GetGuid();
        var listed = await (await officer.GetAsync("/api/v1/meeting-actions")).ReadAsync<JsonElement>();
        var mark = await factory.AuditMarkAsync();

        var response = await officer.ProgressAsync(actionId, "Done", action.GetProperty("version").GetUInt32(), "Marked done by the police.");

        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.False(Assert.Single(listed.EnumerateArray(), a => a.GetProperty("action").GetProperty("id").GetGuid() == actionId).GetProperty("mayRecordProgress").GetBoolean());
        var after = await factory.ConferenceActionAsync(owner);
        Assert.Equal(actionId, after.GetProperty("id").GetGuid());
        Assert.Equal("", after.GetProperty("completionNote").GetString());
        Assert.DoesNotContain(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.MeetingActionProgressed);
    }

    [Fact]
    public async Task Advocate_ProgressWithAStaleVersion_Answers409_AndTheFirstStands()
    {
        var advocate = await factory.ApiAsync("advocate");
        var action = await factory.ConferenceActionAsync("Harbour Domestic Abuse Service");
        var actionId = action.GetProperty("id").GetGuid();
        var version = action.GetProperty("version").GetUInt32();
        var id = await factory.CalderConferenceAsync();

        var first = await advocate.ProgressAsync(actionId, "Done", version, "Met Morag at the children's centre; her views are with the worker.");
        var second = await advocate.ProgressAsync(actionId, "Dropped", version, "From a page opened earlier.");
        var pack = await (await (await factory.ApiAsync("worker")).GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        await second.ProblemAsync(HttpStatusCode.Conflict);
        var now = Assert.Single(pack.GetProperty("meeting").GetProperty("actions").EnumerateArray(), a => a.GetProperty("id").GetGuid() == actionId);
        Assert.Equal("Done", now.GetProperty("status").GetString());
        Assert.Equal("Met Morag at the children's centre; her views are with the worker.", now.GetProperty("completionNote").GetString());
    }

    [Fact]
    public async Task Partners_CannotChangeOrRecordMeetings()
    {
        var advocate = await factory.ApiAsync("advocate");
        var officer = await factory.ApiAsync("officer");
        var worker = await factory.ApiAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var id = await factory.CalderConferenceAsync();
        var seen = await (await advocate.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var edit = MeetingSupport.EditBody(seen.GetProperty("meeting"));
        edit["decisions"] = "Rewritten by the domestic abuse service.";
        var before = await (await worker.GetAsync($"/api/v1/cases/{caseId}/meetings")).ReadAsync<JsonElement>();
        var mark = await factory.AuditMarkAsync();

        var put = await advocate.PutJsonAsync($"/api/v1/meetings/{id}", edit);
        var post = await officer.PostJsonAsync($"/api/v1/cases/{caseId}/meetings",
            MeetingSupport.MeetingBody(await factory.AgencyIdAsync(DemoData.ChildWelfareAgency), await factory.AgencyIdAsync("Northgate Police")));
        var after = await (await worker.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var list = await (await worker.GetAsync($"/api/v1/cases/{caseId}/meetings")).ReadAsync<JsonElement>();

        await put.ProblemAsync(HttpStatusCode.Forbidden);
        await post.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.StartsWith("The boys stay at home with their mother", after.GetProperty("meeting").GetProperty("decisions").GetString(), StringComparison.Ordinal);
        Assert.Equal(seen.GetProperty("meeting").GetProperty("version").GetUInt32(), after.GetProperty("meeting").GetProperty("version").GetUInt32());
        Assert.Equal(before.GetProperty("meetings").GetArrayLength(), list.GetProperty("meetings").GetArrayLength());
        var audit = await factory.AuditSinceAsync(mark);
        Assert.DoesNotContain(audit, e => e.Action is AuditAction.MeetingChanged or AuditAction.MeetingCreated);
    }
}
