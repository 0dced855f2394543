using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;

namespace Lantern.Web.Tests.Meetings;

/// <summary>Recording and changing meetings through the API, on fresh cases of the worker's.</summary>
public sealed class MeetingRecordingTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private async Task<(HttpClient Api, Guid CaseId, Dictionary<string, object?> Body)> NewCaseAsync()
    {
        var api = await factory.ApiAsync("worker");
        var record = await api.NewCaseAsync();
        var body = MeetingSupport.MeetingBody(await factory.AgencyIdAsync(DemoData.ChildWelfareAgency), await factory.AgencyIdAsync("Northgate Police"));
        return (api, record.Id, body);
    }

    [Fact]
    public async Task Create_ByTheWorker_Answers201_ListsIt_ShowsIt_AndEachStepIsAudited()
    {
        var (api, caseId, body) = await NewCaseAsync();
        var workerId = await factory.UserIdAsync("worker");
        var welfare = await factory.AgencyIdAsync(DemoData.ChildWelfareAgency);
        var mark = await factory.AuditMarkAsync();

        var response = await api.PostJsonAsync($"/api/v1/cases/{caseId}/meetings", body);
        var created = await response.ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var list = await (await api.GetAsync($"/api/v1/cases/{caseId}/meetings")).ReadAsync<JsonElement>();
        var pack = await (await api.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Equal($"/api/v1/meetings/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(["Aisha Rahman", "DC Sean Doyle"], created.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("Northgate Police", created.GetProperty("attendees")[1].GetProperty("agencyName").GetString());
        Assert.Equal(["Send the worker the call-out history for the address.", "Visit the mother alone."],
            created.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("description").GetString()));
        Assert.All(created.GetProperty("actions").EnumerateArray(), a => Assert.Equal("Open", a.GetProperty("status").GetString()));
        var listed = Assert.Single(list.GetProperty("meetings").EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetGuid());
        Assert.Equal("CaseConference", listed.GetProperty("kind").GetString());
        Assert.Equal(2, listed.GetProperty("attendees").GetInt32());
        Assert.Equal(2, listed.GetProperty("openActions").GetInt32());
        Assert.Equal(2, list.GetProperty("openActions").GetArrayLength());
        Assert.True(list.GetProperty("mayChange").GetBoolean());
        Assert.True(pack.GetProperty("isOwnAgency").GetBoolean());
        Assert.Equal(MeetingSupport.Components, MeetingSupport.MinutesShown(pack.GetProperty("meeting")));
        Assert.Equal("She keeps the children's routines and walks them to school herself.",
            pack.GetProperty("meeting").GetProperty("minutes").GetProperty("ProtectiveEfforts").GetString());
        Assert.Contains(audit, e => e.Action == AuditAction.MeetingCreated && e.CaseId == caseId && e.SubjectId == id && e.UserId == workerId
            && e.Detail == "kind=CaseConference;attendees=2;actions=2");
        Assert.Contains(audit, e => e.Action == AuditAction.MeetingViewed && e.CaseId == caseId && e.UserId == workerId && e.Detail == "part=list;meetings=1");
        Assert.Contains(audit, e => e.Action == AuditAction.MeetingViewed && e.SubjectId == id && e.UserId == workerId
            && e.Detail == $"part=pack;agency={welfare};preview=no");
    }

    [Theory]
    [InlineData("no kind", "kind", "Choose the kind of meeting.")]
    [InlineData("no date", "heldOn", "Enter the date of the meeting.")]
    [InlineData("attendee without a name", "Attendees[0].Name", "Enter the attendee's name.")]
    [InlineData("action without an owner", "Actions[1].Owner", "Give each action an owner.")]
    [InlineData("attendee from an unknown agency", "Attendees[1].AgencyId", "Choose an agency from the list.")]
    [InlineData("action owned by an unknown agency", "Actions[0].OwnerAgencyId", "Choose an agency from the list.")]
    [InlineData("action done in the future", "Actions[0].CompletedOn", "The date it was done cannot be in the future.")]
    public async Task Create_BadInput_Answers400NamingTheField_AndSavesNothing(string problem, string field, string message)
    {
        var (api, caseId, body) = await NewCaseAsync();
        var attendees = (object[])body["attendees"]!;
        var actions = (object[])body["actions"]!;
        switch (problem)
        {
            case "no kind":
                body.Remove("kind");
                break;
            case "no date":
                body["heldOn"] = null;
                break;
            case "attendee without a name":
                attendees[0] = new Dictionary<string, object?> { ["name"] = " ", ["role"] = "Designated safeguarding lead" };
                break;
            case "action without an owner":
                ((Dictionary<string, object?>)actions[1])["owner"] = "";
                break;
            case "attendee from an unknown agency":
                ((Dictionary<string, object?>)attendees[1])["agencyId"] = Guid.NewGuid();
                break;
            case "action owned by an unknown agency":
                ((Dictionary<string, object?>)actions[0])["ownerAgencyId"] = Guid.NewGuid();
                break;
            default:
                ((Dictionary<string, object?>)actions[0])["status"] = "Done";
                ((Dictionary<string, object?>)actions[0])["completedOn"] = ApiSupport.Today.AddDays(2);
                break;
        }

        var mark = await factory.AuditMarkAsync();

        var answer = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/meetings", body)).ProblemAsync(HttpStatusCode.BadRequest);
        var list = await (await api.GetAsync($"/api/v1/cases/{caseId}/meetings")).ReadAsync<JsonElement>();

        answer.AssertNamesField(field);
        Assert.Single(answer.ErrorFields());
        Assert.Contains(message, answer.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, list.GetProperty("meetings").GetArrayLength());
        Assert.Equal(0, list.GetProperty("openActions").GetArrayLength());
        Assert.DoesNotContain(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.MeetingCreated);
    }

    [Fact]
    public async Task Create_EverythingWrongAtOnce_NamesEveryFieldInOneAnswer()
    {
        var (api, caseId, body) = await NewCaseAsync();
        body.Remove("kind");
        body["attendees"] = new object[] { new Dictionary<string, object?> { ["role"] = "Mother's advocate" } };
        body["actions"] = new object[]
        {
            new Dictionary<string, object?> { ["description"] = "Ask the benefits office to change the payee." },
            new Dictionary<string, object?> { ["description"] = "Breakfast club.", ["owner"] = "School", ["ownerAgencyId"] = Guid.NewGuid() },
        };

        var answer = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/meetings", body)).ProblemAsync(HttpStatusCode.BadRequest);

        answer.AssertNamesField("kind");
        answer.AssertNamesField("Attendees[0].Name");
        answer.AssertNamesField("Actions[0].Owner");
        answer.AssertNamesField("Actions[1].OwnerAgencyId");
        Assert.Equal(0, (await (await api.GetAsync($"/api/v1/cases/{caseId}/meetings")).ReadAsync<JsonElement>()).GetProperty("meetings").GetArrayLength());
    }

    [Fact]
    public async Task Update_StaleMeetingVersion_Answers409_AndKeepsTheFirstEdit()
    {
        var (api, caseId, body) = await NewCaseAsync();
        var created = await api.CreateMeetingAsync(caseId, body);
        var id = created.GetProperty("id").GetGuid();
        var first = MeetingSupport.EditBody(created);
        first["decisions"] = "First edit: a strategy meeting is to be held this week.";
        var second = MeetingSupport.EditBody(created);
        second["decisions"] = "Second edit, from a page opened before the first was saved.";
        var mark = await factory.AuditMarkAsync();

        var saved = await (await api.PutJsonAsync($"/api/v1/meetings/{id}", first)).ReadAsync<JsonElement>();
        var conflict = await api.PutJsonAsync($"/api/v1/meetings/{id}", second);
        var now = await (await api.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var audit = await factory.AuditSinceAsync(mark);

        Assert.NotEqual(created.GetProperty("version").GetUInt32(), saved.GetProperty("version").GetUInt32());
        await conflict.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("First edit: a strategy meeting is to be held this week.", now.GetProperty("meeting").GetProperty("decisions").GetString());
        Assert.Single(audit, e => e.Action == AuditAction.MeetingChanged && e.SubjectId == id);
    }

    [Fact]
    public async Task Update_ActionEmptiedOnTheFormIsRemoved_OthersKeepTheirIds_AndTheChangeIsAudited()
    {
        var (api, caseId, body) = await NewCaseAsync();
        var created = await api.CreateMeetingAsync(caseId, body);
        var id = created.GetProperty("id").GetGuid();
        var kept = created.GetProperty("actions")[0];
        var emptied = created.GetProperty("actions")[1];
        var edit = MeetingSupport.EditBody(created);
        var actions = (List<object>)edit["actions"]!;
        ((Dictionary<string, object?>)actions[0])["description"] = "Send the worker the call-out history for the address, including the neighbour's calls.";
        actions[1] = new Dictionary<string, object?>
        {
            ["id"] = emptied.GetProperty("id").GetGuid(),
            ["version"] = emptied.GetProperty("version").GetUInt32(),
            ["description"] = "",
            ["owner"] = "",
        };
        actions.Add(new Dictionary<string, object?> { ["description"] = "Refer the mother to the domestic abuse service, if she wishes.", ["owner"] = "Aisha Rahman" });
        var mark = await factory.AuditMarkAsync();

        var saved = await (await api.PutJsonAsync($"/api/v1/meetings/{id}", edit)).ReadAsync<JsonElement>();
        var open = await (await api.GetAsync("/api/v1/meeting-actions")).ReadAsync<JsonElement>();
        var audit = await factory.AuditSinceAsync(mark);

        var after = saved.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(2, after.Count);
        Assert.Equal(kept.GetProperty("id").GetGuid(), after[0].GetProperty("id").GetGuid());
        Assert.Equal("Send the worker the call-out history for the address, including the neighbour's calls.", after[0].GetProperty("description").GetString());
        Assert.Equal("Refer the mother to the domestic abuse service, if she wishes.", after[1].GetProperty("description").GetString());
        Assert.NotEqual(emptied.GetProperty("id").GetGuid(), after[1].GetProperty("id").GetGuid());
        Assert.DoesNotContain(after, a => a.GetProperty("id").GetGuid() == emptied.GetProperty("id").GetGuid());
        Assert.DoesNotContain(open.EnumerateArray(), a => a.GetProperty("action").GetProperty("id").GetGuid() == emptied.GetProperty("id").GetGuid());
        Assert.Contains(open.EnumerateArray(), a => a.GetProperty("action").GetProperty("id").GetGuid() == kept.GetProperty("id").GetGuid());
        Assert.Contains(audit, e => e.Action == AuditAction.MeetingChanged && e.CaseId == caseId && e.SubjectId == id && e.Detail == "attendees=2;actions=2");
        Assert.Contains(audit, e => e.Action == AuditAction.MeetingViewed && e.Detail == "part=actions" && e.CaseId == caseId);
    }

    [Fact]
    public async Task Update_AfterProgressWasRecordedMeanwhile_StaleActionVersionAnswers409_AndTheProgressStands()
    {
        var (api, caseId, body) = await NewCaseAsync();
        var created = await api.CreateMeetingAsync(caseId, body);
        var id = created.GetProperty("id").GetGuid();
        var action = created.GetProperty("actions")[1];
        var edit = MeetingSupport.EditBody(created);
        edit["decisions"] = "Changed from a form opened before the action was marked done.";

        var progress = await api.ProgressAsync(action.GetProperty("id").GetGuid(), "Done", action.GetProperty("version").GetUInt32(), "Seen alone at home.");
        var conflict = await api.PutJsonAsync($"/api/v1/meetings/{id}", edit);
        var now = await (await api.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NoContent, progress.StatusCode);
        await conflict.ProblemAsync(HttpStatusCode.Conflict);
        var done = now.GetProperty("meeting").GetProperty("actions")[1];
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Equal("Seen alone at home.", done.GetProperty("completionNote").GetString());
        Assert.Equal("Each agency tells the worker of any new incident within one working day.", now.GetProperty("meeting").GetProperty("decisions").GetString());
    }

    [Fact]
    public async Task Update_RemovingAnActionDoneMeanwhile_Answers409_AndTheActionStays()
    {
        var (api, caseId, body) = await NewCaseAsync();
        var created = await api.CreateMeetingAsync(caseId, body);
        var id = created.GetProperty("id").GetGuid();
        var action = created.GetProperty("actions")[0];
        var actionId = action.GetProperty("id").GetGuid();
        var edit = MeetingSupport.EditBody(created);
        ((List<object>)edit["actions"]!)[0] = new Dictionary<string, object?> { ["id"] = actionId, ["version"] = action.GetProperty("version").GetUInt32() };

        var progress = await api.ProgressAsync(actionId, "Done", action.GetProperty("version").GetUInt32(), "History sent.");
        var conflict = await api.PutJsonAsync($"/api/v1/meetings/{id}", edit);
        var now = await (await api.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NoContent, progress.StatusCode);
        await conflict.ProblemAsync(HttpStatusCode.Conflict);
        var kept = Assert.Single(now.GetProperty("meeting").GetProperty("actions").EnumerateArray(), a => a.GetProperty("id").GetGuid() == actionId);
        Assert.Equal("Done", kept.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reviewer_ReadsMeetingsButMayNotRecordOrChangeThem()
    {
        var (api, caseId, body) = await NewCaseAsync();
        var created = await api.CreateMeetingAsync(caseId, body);
        var id = created.GetProperty("id").GetGuid();
        var reviewer = await factory.ApiAsync("reviewer");

        var list = await (await reviewer.GetAsync($"/api/v1/cases/{caseId}/meetings")).ReadAsync<JsonElement>();
        var post = await reviewer.PostJsonAsync($"/api/v1/cases/{caseId}/meetings", body);
        var edit = MeetingSupport.EditBody(created);
        edit["decisions"] = "Changed by the reviewer.";
        var put = await reviewer.PutJsonAsync($"/api/v1/meetings/{id}", edit);
        var action = created.GetProperty("actions")[0];
        var progress = await reviewer.ProgressAsync(action.GetProperty("id").GetGuid(), "Done", action.GetProperty("version").GetUInt32());

        Assert.False(list.GetProperty("mayChange").GetBoolean());
        Assert.Single(list.GetProperty("meetings").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, progress.StatusCode);
        var now = await (await api.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        Assert.Equal("Each agency tells the worker of any new incident within one working day.", now.GetProperty("meeting").GetProperty("decisions").GetString());
        Assert.Equal("Open", now.GetProperty("meeting").GetProperty("actions")[0].GetProperty("status").GetString());
    }
}
