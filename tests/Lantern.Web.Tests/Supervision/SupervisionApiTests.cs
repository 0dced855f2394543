using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;
using static Lantern.Web.Tests.Supervision.SupervisionSupport;

namespace Lantern.Web.Tests.Supervision;

/// <summary>Recording, following up and changing supervision through the API, on fresh cases of the worker's.</summary>
public sealed class SupervisionApiTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [Fact]
    public async Task Create_BySupervisor_Answers201_EveryFieldRoundTrips_AndEachStepIsAudited()
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.ApiAsync("supervisor");
        var supervisorId = await factory.UserIdAsync("supervisor");
        var workerId = await factory.UserIdAsync("worker");
        var mark = await factory.AuditMarkAsync();

        var response = await supervisor.PostJsonAsync($"/api/v1/cases/{caseId}/supervision", SessionBody(workerId));
        var created = await response.ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var read = await supervisor.SessionAsync(id);
        var list = await supervisor.ListAsync(caseId);
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Equal($"/api/v1/supervision/{id}", response.Headers.Location!.OriginalString);
        foreach (var view in new[] { created, read })
        {
            Assert.Equal(Iso(ApiSupport.Today.AddDays(-1)), view.GetProperty("heldOn").GetString());
            Assert.Equal(supervisorId, view.GetProperty("supervisorId").GetGuid());
            Assert.Equal("Tom Whitfield", view.GetProperty("supervisorName").GetString());
            Assert.Equal(workerId, view.GetProperty("workerId").GetGuid());
            Assert.Equal("Aisha Rahman", view.GetProperty("workerName").GetString());
            Assert.Equal(["CoerciveControl", "ChildImpact"], Strings(view.GetProperty("components")));
            Assert.Equal("Nothing yet on how his control of the money affects the children.", view.GetProperty("gapsFound").GetString());
            Assert.Equal(["Documentation", "InterviewingPerpetrator"], Strings(view.GetProperty("coaching")));
            Assert.Equal("Rewrote the summary with his behaviour named as his choices.", view.GetProperty("coachingNotes").GetString());
            Assert.Equal(["Rewrite the assessment summary with him as the actor.", "Plan the interview with him: office, with a colleague."],
                view.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("description").GetString()));
            Assert.Equal(Iso(ApiSupport.Today.AddDays(7)), view.GetProperty("actions")[0].GetProperty("dueOn").GetString());
            Assert.Equal(JsonValueKind.Null, view.GetProperty("actions")[1].GetProperty("dueOn").ValueKind);
            Assert.All(view.GetProperty("actions").EnumerateArray(), a => Assert.Equal("Open", a.GetProperty("status").GetString()));
            Assert.Equal(0, view.GetProperty("followedUp").GetArrayLength());
            Assert.True(view.GetProperty("mayChange").GetBoolean());
        }

        var listed = Assert.Single(list.GetProperty("sessions").EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetGuid());
        Assert.Equal(2, listed.GetProperty("openActions").GetInt32());
        Assert.Equal(2, list.GetProperty("openActions").GetArrayLength());
        Assert.True(list.GetProperty("mayRecord").GetBoolean());
        Assert.Contains(audit, e => e.Action == AuditAction.SupervisionRecorded && e.CaseId == caseId && e.SubjectId == id && e.UserId == supervisorId
            && e.Detail == "components=CoerciveControl,ChildImpact;coaching=Documentation,InterviewingPerpetrator;actions=2;followedUp=0");
        Assert.Contains(audit, e => e.Action == AuditAction.SupervisionViewed && e.CaseId == caseId && e.SubjectId == id && e.UserId == supervisorId
            && e.Detail == "part=session");
        Assert.Contains(audit, e => e.Action == AuditAction.SupervisionViewed && e.CaseId == caseId && e.UserId == supervisorId && e.Detail == "part=list;sessions=1");
    }

    [Theory]
    [InlineData("held in the future", "heldOn", "The date of the session cannot be in the future.")]
    [InlineData("no date", "heldOn", "Enter the date of the session.")]
    [InlineData("no worker", "workerId", "Choose the worker supervised.")]
    [InlineData("a worker from another agency", "workerId", "Choose a worker from the list.")]
    [InlineData("nothing discussed or coached", "components", "Choose at least one component discussed or one area of coaching.")]
    [InlineData("a component not offered", "components", "Choose components from the list.")]
    [InlineData("gaps too long", "gapsFound", "Keep the gaps found under 8,000 characters.")]
    [InlineData("notes too long", "coachingNotes", "Keep the coaching notes under 8,000 characters.")]
    [InlineData("an action with no description", "Actions[1].Description", "Describe the action.")]
    [InlineData("an action too long", "Actions[0].Description", "Keep each action under 1,000 characters.")]
    [InlineData("due before the session", "Actions[0].DueOn", "The due date cannot be before the session.")]
    [InlineData("too many actions", "actions", "A session can agree up to 20 actions.")]
    [InlineData("a follow-up of an action not open on the case", "followUps", "An action you followed up is no longer open on this case")]
    public async Task Create_BadInput_Answers400NamingTheField_AndSavesNothing(string problem, string field, string message)
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.ApiAsync("supervisor");
        var body = SessionBody(await factory.UserIdAsync("worker"));
        var actions = (object[])body["actions"]!;
        switch (problem)
        {
            case "held in the future":
                body["heldOn"] = ApiSupport.Today.AddDays(1);
                break;
            case "no date":
                body.Remove("heldOn");
                break;
            case "no worker":
                body["workerId"] = null;
                break;
            case "a worker from another agency":
                body["workerId"] = await factory.UserIdAsync("officer");
                break;
            case "nothing discussed or coached":
                body["components"] = Array.Empty<string>();
                body["coaching"] = null;
                break;
            case "a component not offered":
                body["components"] = new[] { 64 };
                break;
            case "gaps too long":
                body["gapsFound"] = new string('g', 8001);
                break;
            case "notes too long":
                body["coachingNotes"] = new string('n', 8001);
                break;
            case "an action with no description":
                actions[1] = new Dictionary<string, object?> { ["description"] = " ", ["dueOn"] = ApiSupport.Today.AddDays(3) };
                break;
            case "an action too long":
                ((Dictionary<string, object?>)actions[0])["description"] = new string('a', 1001);
                break;
            case "due before the session":
                ((Dictionary<string, object?>)actions[0])["dueOn"] = ApiSupport.Today.AddDays(-2);
                break;
            case "too many actions":
                body["actions"] = Enumerable.Range(1, 21).Select(i => (object)new Dictionary<string, object?> { ["description"] = $"Action {i}." }).ToArray();
                break;
            default:
                body["followUps"] = new object[] { new Dictionary<string, object?> { ["actionId"] = Guid.NewGuid(), ["status"] = "Done" } };
                break;
        }

        var mark = await factory.AuditMarkAsync();

        var answer = await (await supervisor.PostJsonAsync($"/api/v1/cases/{caseId}/supervision", body)).ProblemAsync(HttpStatusCode.BadRequest);
        var list = await supervisor.ListAsync(caseId);

        answer.AssertNamesField(field);
        Assert.Single(answer.ErrorFields());
        Assert.Contains(message, answer.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, list.GetProperty("sessions").GetArrayLength());
        Assert.DoesNotContain(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.SupervisionRecorded);
    }

    [Fact]
    public async Task NextSession_FollowsUpEarlierActions_SettingEachStatusNoteAndLink()
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.ApiAsync("supervisor");
        var workerId = await factory.UserIdAsync("worker");
        var body = SessionBody(workerId);
        body["actions"] = new object[]
        {
            new Dictionary<string, object?> { ["description"] = "First: rewrite the summary.", ["dueOn"] = ApiSupport.Today.AddDays(-1) },
            new Dictionary<string, object?> { ["description"] = "Second: see the children at school." },
            new Dictionary<string, object?> { ["description"] = "Third: ask her what else she does for them." },
        };
        body["heldOn"] = ApiSupport.Today.AddDays(-14);
        var first = await supervisor.RecordAsync(caseId, body);
        var before = await supervisor.ListAsync(caseId);
        var next = SessionBody(workerId);
        next["actions"] = new object[] { new Dictionary<string, object?> { ["description"] = "Fourth: plan the interview with him." } };
        next["followUps"] = new object[]
        {
            FollowUp(Action(first.GetProperty("actions"), "First"), "Done", "Rewritten: he is the actor throughout."),
            FollowUp(Action(first.GetProperty("actions"), "Second"), "NotDone", "The school visit was cancelled."),
            FollowUp(Action(first.GetProperty("actions"), "Third"), "Open"),
        };
        var mark = await factory.AuditMarkAsync();

        var second = await supervisor.RecordAsync(caseId, next);
        var secondId = second.GetProperty("id").GetGuid();
        var firstNow = await supervisor.SessionAsync(first.GetProperty("id").GetGuid());
        var after = await supervisor.ListAsync(caseId);
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Equal("First: rewrite the summary.", before.GetProperty("openActions")[0].GetProperty("description").GetString());
        var done = Action(firstNow.GetProperty("actions"), "First");
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Equal(secondId, done.GetProperty("followedUpInSessionId").GetGuid());
        Assert.Equal(Iso(ApiSupport.Today.AddDays(-1)), done.GetProperty("followedUpOn").GetString());
        Assert.Equal("Rewritten: he is the actor throughout.", done.GetProperty("followUpNote").GetString());
        var notDone = Action(firstNow.GetProperty("actions"), "Second");
        Assert.Equal("NotDone", notDone.GetProperty("status").GetString());
        Assert.Equal(secondId, notDone.GetProperty("followedUpInSessionId").GetGuid());
        Assert.Equal("The school visit was cancelled.", notDone.GetProperty("followUpNote").GetString());
        var open = Action(firstNow.GetProperty("actions"), "Third");
        Assert.Equal("Open", open.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("followedUpInSessionId").ValueKind);
        Assert.Equal(["First: rewrite the summary.", "Second: see the children at school."],
            second.GetProperty("followedUp").EnumerateArray().Select(a => a.GetProperty("description").GetString()));
        Assert.Equal(["Third: ask her what else she does for them.", "Fourth: plan the interview with him."],
            after.GetProperty("openActions").EnumerateArray().Select(a => a.GetProperty("description").GetString()));
        Assert.Equal([secondId, first.GetProperty("id").GetGuid()], after.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
        Assert.Contains(audit, e => e.Action == AuditAction.SupervisionRecorded && e.SubjectId == secondId && e.Detail!.EndsWith(";actions=1;followedUp=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Update_ChangesTheSessionAndItsFollowUps_KeepsEveryAgreedAction_AndIsAudited()
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.ApiAsync("supervisor");
        var workerId = await factory.UserIdAsync("worker");
        var earlier = SessionBody(workerId);
        earlier["heldOn"] = ApiSupport.Today.AddDays(-10);
        var first = await supervisor.RecordAsync(caseId, earlier);
        var later = SessionBody(workerId);
        later["followUps"] = new object[] { FollowUp(Action(first.GetProperty("actions"), "Rewrite"), "Done", "Done.") };
        var second = await supervisor.RecordAsync(caseId, later);
        var id = second.GetProperty("id").GetGuid();
        var edit = EditBody(second);
        edit["components"] = new[] { "ProtectiveEfforts" };
        edit["coaching"] = new[] { "PartneringWithSurvivor", "SafetyPlanning" };
        edit["gapsFound"] = "Her efforts are not yet described in full.";
        var actions = (List<object>)edit["actions"]!;
        ((Dictionary<string, object?>)actions[0])["description"] = "Rewrite the summary, naming each of his choices.";
        actions.RemoveAt(1);
        actions.Add(new Dictionary<string, object?> { ["description"] = "Ask her what helps her keep the children safe." });
        var rewriteNow = Action((await supervisor.SessionAsync(first.GetProperty("id").GetGuid())).GetProperty("actions"), "Rewrite");
        edit["followUps"] = new object[] { FollowUp(rewriteNow, "NotDone", "Only half done.") };
        var mark = await factory.AuditMarkAsync();

        var changed = await (await supervisor.PutJsonAsync($"/api/v1/supervision/{id}", edit)).ReadAsync<JsonElement>();
        var firstNow = await supervisor.SessionAsync(first.GetProperty("id").GetGuid());
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Equal(["ProtectiveEfforts"], Strings(changed.GetProperty("components")));
        Assert.Equal(["PartneringWithSurvivor", "SafetyPlanning"], Strings(changed.GetProperty("coaching")));
        Assert.Equal("Her efforts are not yet described in full.", changed.GetProperty("gapsFound").GetString());
        Assert.Equal(
            ["Rewrite the summary, naming each of his choices.", "Ask her what helps her keep the children safe.", "Plan the interview with him: office, with a colleague."],
            changed.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("description").GetString()));
        var followed = firstNow.GetProperty("actions")[0];
        Assert.Equal("NotDone", followed.GetProperty("status").GetString());
        Assert.Equal("Only half done.", followed.GetProperty("followUpNote").GetString());
        Assert.Equal(id, followed.GetProperty("followedUpInSessionId").GetGuid());
        Assert.Contains(audit, e => e.Action == AuditAction.SupervisionChanged && e.CaseId == caseId && e.SubjectId == id && e.Detail == "actions=3;followedUp=1");
    }

    [Fact]
    public async Task Update_AnAgreedActionEmptied_Answers400_ForItIsNeverRemoved()
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.ApiAsync("supervisor");
        var created = await supervisor.RecordAsync(caseId, SessionBody(await factory.UserIdAsync("worker")));
        var edit = EditBody(created);
        ((Dictionary<string, object?>)((List<object>)edit["actions"]!)[1])["description"] = "";

        var answer = await (await supervisor.PutJsonAsync($"/api/v1/supervision/{created.GetProperty("id").GetGuid()}", edit)).ProblemAsync(HttpStatusCode.BadRequest);

        answer.AssertNamesField("Actions[1].Description");
        Assert.Contains("is not removed", answer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_StaleSessionVersion_Answers409_AndKeepsTheFirstEdit()
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.ApiAsync("supervisor");
        var manager = await factory.ApiAsync("manager");
        var created = await supervisor.RecordAsync(caseId, SessionBody(await factory.UserIdAsync("worker")));
        var id = created.GetProperty("id").GetGuid();
        var first = EditBody(created);
        first["coachingNotes"] = "Saved first, by the manager.";
        var second = EditBody(created);
        second["coachingNotes"] = "Saved second, from a stale page.";

        var ok = await manager.PutJsonAsync($"/api/v1/supervision/{id}", first);
        var stale = await supervisor.PutJsonAsync($"/api/v1/supervision/{id}", second);
        var now = await supervisor.SessionAsync(id);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var problem = await stale.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("changed by someone else", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal("Saved first, by the manager.", now.GetProperty("coachingNotes").GetString());
    }

    [Fact]
    public async Task Create_FollowUpOfAnActionChangedMeanwhile_Answers409()
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.ApiAsync("supervisor");
        var workerId = await factory.UserIdAsync("worker");
        var created = await supervisor.RecordAsync(caseId, SessionBody(workerId));
        var action = created.GetProperty("actions")[0];
        var edit = EditBody(created);
        ((Dictionary<string, object?>)((List<object>)edit["actions"]!)[0])["description"] = "Reworded meanwhile.";
        await (await supervisor.PutJsonAsync($"/api/v1/supervision/{created.GetProperty("id").GetGuid()}", edit)).ReadAsync<JsonElement>();
        var next = SessionBody(workerId);
        next["followUps"] = new object[] { FollowUp(action, "Done", "Done.") };

        var answer = await supervisor.PostJsonAsync($"/api/v1/cases/{caseId}/supervision", next);

        await answer.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Single((await supervisor.ListAsync(caseId)).GetProperty("sessions").EnumerateArray());
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("reviewer")]
    public async Task PractitionerOrReviewer_ReadsSupervision_ButWritingIs403(string userName)
    {
        var (caseId, firstId, _) = await factory.CalderSessionsAsync();
        var api = await factory.ApiAsync(userName);
        var session = await api.SessionAsync(firstId);
        var mark = await factory.AuditMarkAsync();

        var list = await api.ListAsync(caseId);
        var read = await api.SessionAsync(firstId);
        var create = await api.PostJsonAsync($"/api/v1/cases/{caseId}/supervision", SessionBody(await factory.UserIdAsync("worker")));
        var update = await api.PutJsonAsync($"/api/v1/supervision/{firstId}", EditBody(session));
        var audit = await factory.AuditSinceAsync(mark);

        Assert.False(list.GetProperty("mayRecord").GetBoolean());
        Assert.False(read.GetProperty("mayChange").GetBoolean());
        Assert.Equal(2, list.GetProperty("sessions").GetArrayLength());
        await create.ProblemAsync(HttpStatusCode.Forbidden);
        await update.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(2, (await api.ListAsync(caseId)).GetProperty("sessions").GetArrayLength());
        Assert.DoesNotContain(audit, e => e.Action is AuditAction.SupervisionRecorded or AuditAction.SupervisionChanged);
        Assert.Contains(audit, e => e.Action == AuditAction.SupervisionViewed && e.CaseId == caseId && e.Detail == "part=list;sessions=2");
        Assert.Contains(audit, e => e.Action == AuditAction.SupervisionViewed && e.SubjectId == firstId && e.Detail == "part=session");
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("advocate")]
    [InlineData("teacher")]
    [InlineData("colleague")]
    public async Task PartnerOrOtherTeam_FindsNoSupervision_EachAttemptAudited(string userName)
    {
        var (caseId, firstId, _) = await factory.CalderSessionsAsync();
        var supervisor = await factory.ApiAsync("supervisor");
        var session = await supervisor.SessionAsync(firstId);
        var api = await factory.ApiAsync(userName);
        var mark = await factory.AuditMarkAsync();

        var list = await api.GetAsync($"/api/v1/cases/{caseId}/supervision");
        var read = await api.GetAsync($"/api/v1/supervision/{firstId}");
        var create = await api.PostJsonAsync($"/api/v1/cases/{caseId}/supervision", SessionBody(await factory.UserIdAsync("worker")));
        var update = await api.PutJsonAsync($"/api/v1/supervision/{firstId}", EditBody(session));
        var mine = await (await api.GetAsync("/api/v1/supervision")).ReadAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
        Assert.Equal(0, mine.GetProperty("openActions").GetArrayLength());
        var denied = (await factory.AuditSinceAsync(mark)).Where(e => e.Action == AuditAction.AccessDenied && e.CaseId == caseId).Select(e => e.Detail).ToList();
        Assert.Contains("attempted=SupervisionViewed", denied);
        Assert.Contains("attempted=SupervisionRecorded", denied);
        Assert.Contains("attempted=SupervisionChanged", denied);
        Assert.Equal(2, (await supervisor.ListAsync(caseId)).GetProperty("sessions").GetArrayLength());
    }

    [Fact]
    public async Task DemoCalder_TwoSessions_TheFirstActionDoneAtTheSecond_OneStillOpen()
    {
        var (caseId, firstId, secondId) = await factory.CalderSessionsAsync();
        var supervisor = await factory.ApiAsync("supervisor");

        var first = await supervisor.SessionAsync(firstId);
        var second = await supervisor.SessionAsync(secondId);
        var list = await supervisor.ListAsync(caseId);

        Assert.Equal("Tom Whitfield", first.GetProperty("supervisorName").GetString());
        Assert.Equal("Aisha Rahman", first.GetProperty("workerName").GetString());
        var done = Assert.Single(first.GetProperty("actions").EnumerateArray());
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Equal(secondId, done.GetProperty("followedUpInSessionId").GetGuid());
        Assert.Equal(done.GetProperty("id").GetGuid(), Assert.Single(second.GetProperty("followedUp").EnumerateArray()).GetProperty("id").GetGuid());
        var open = Assert.Single(list.GetProperty("openActions").EnumerateArray());
        Assert.Equal(secondId, open.GetProperty("sessionId").GetGuid());
    }

    [Fact]
    public async Task Mine_SupervisorSeesSessionsHeld_WorkerSeesOpenActionsOnHerCases()
    {
        var (caseId, firstId, secondId) = await factory.CalderSessionsAsync();
        var supervisorMine = await (await (await factory.ApiAsync("supervisor")).GetAsync("/api/v1/supervision")).ReadAsync<JsonElement>();
        var workerMine = await (await (await factory.ApiAsync("worker")).GetAsync("/api/v1/supervision")).ReadAsync<JsonElement>();

        Assert.True(supervisorMine.GetProperty("holdsSupervision").GetBoolean());
        var held = supervisorMine.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("session").GetProperty("id").GetGuid()).ToList();
        Assert.Contains(firstId, held);
        Assert.Contains(secondId, held);
        Assert.Contains(supervisorMine.GetProperty("openActions").EnumerateArray(), a => a.GetProperty("action").GetProperty("sessionId").GetGuid() == secondId);
        Assert.False(workerMine.GetProperty("holdsSupervision").GetBoolean());
        Assert.Equal(0, workerMine.GetProperty("sessions").GetArrayLength());
        Assert.Contains(workerMine.GetProperty("openActions").EnumerateArray(), a => a.GetProperty("action").GetProperty("caseId").GetGuid() == caseId
            && a.GetProperty("caseReference").GetString() == "LAN-000001");
    }

    [Fact]
    public async Task Supervision_NothingTypedReachesTheLogs()
    {
        var canary = " CANARY-" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.ApiAsync("supervisor");
        var workerId = await factory.UserIdAsync("worker");
        var first = await supervisor.RecordAsync(caseId, SessionBody(workerId, canary));
        var next = SessionBody(workerId, canary);
        next["followUps"] = new object[] { FollowUp(first.GetProperty("actions")[0], "Done", "Done." + canary) };
        var second = await supervisor.RecordAsync(caseId, next);
        await supervisor.SessionAsync(second.GetProperty("id").GetGuid());
        await supervisor.ListAsync(caseId);
        var bad = SessionBody(workerId, canary);
        bad["heldOn"] = ApiSupport.Today.AddDays(3);
        await (await supervisor.PostJsonAsync($"/api/v1/cases/{caseId}/supervision", bad)).ProblemAsync(HttpStatusCode.BadRequest);
        var edit = EditBody(second);
        edit["coachingNotes"] = "Changed." + canary;
        await (await supervisor.PutJsonAsync($"/api/v1/supervision/{second.GetProperty("id").GetGuid()}", edit)).ReadAsync<JsonElement>();
        await (await supervisor.PutJsonAsync($"/api/v1/supervision/{second.GetProperty("id").GetGuid()}", edit)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(canary.Trim(), StringComparison.Ordinal));
        Assert.DoesNotContain(await factory.AuditSinceAsync(0), e => e.Detail != null && e.Detail.Contains(canary.Trim(), StringComparison.Ordinal));
    }
}
