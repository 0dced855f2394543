using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;
using static Lantern.Web.Tests.Supervision.SupervisionSupport;

namespace Lantern.Web.Tests.Supervision;

/// <summary>Supervision through the pages as a supervisor, a practitioner, a partner and a worker of another team.</summary>
public sealed partial class SupervisionPageTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Fields(DateOnly heldOn, Guid workerId) => new()
    {
        ["Input.HeldOn.Day"] = Text(heldOn.Day),
        ["Input.HeldOn.Month"] = Text(heldOn.Month),
        ["Input.HeldOn.Year"] = Text(heldOn.Year),
        ["Input.WorkerId"] = workerId.ToString(),
        ["Input.Components"] = "HarmToChild",
        ["Input.GapsFound"] = "Nothing yet on what he does when the children try to protect their mother.",
        ["Input.Coaching"] = "SafetyPlanning",
        ["Input.CoachingNotes"] = "Went through her safety plan for contact handovers.",
        ["Input.Actions[0].Description"] = "Ask her what helps at handovers.",
        ["Input.Actions[0].DueOn.Day"] = Text(heldOn.AddDays(10).Day),
        ["Input.Actions[0].DueOn.Month"] = Text(heldOn.AddDays(10).Month),
        ["Input.Actions[0].DueOn.Year"] = Text(heldOn.AddDays(10).Year),
        ["Input.Actions[1].Description"] = "",
    };

    [GeneratedRegex("^/Supervision/([0-9a-f-]{36})$")]
    private static partial Regex SessionAddress();

    private static Guid SessionId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = SessionAddress().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, response.Headers.Location.OriginalString);
        return Guid.Parse(match.Groups[1].Value);
    }

    [Fact]
    public async Task New_ForSupervisor_StartsFromTheMapsGapsAndTheAllocatedWorker()
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.SignedInAsync("supervisor");
        var workerId = await factory.UserIdAsync("worker");
        var mark = await factory.AuditMarkAsync();

        var html = await supervisor.GetStringAsync(new Uri($"/Cases/{caseId}/Supervision/New", UriKind.Relative));
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Contains("The map’s gaps now", html, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"no-perpetrator\"", html, StringComparison.Ordinal);
        Assert.Matches(new Regex($"<option selected=\"selected\" value=\"{workerId}\">Aisha Rahman</option>", RegexOptions.IgnoreCase), html);
        Assert.Matches(new Regex("<textarea[^>]*name=\"Input.GapsFound\"[^>]*>\\s*\\S"), html);
        Assert.Contains("No actions from earlier sessions are open on this case.", html, StringComparison.Ordinal);
        Assert.Contains("Add another action", html, StringComparison.Ordinal);
        Assert.Contains(audit, e => e.Action == AuditAction.SupervisionViewed && e.CaseId == caseId && e.Detail == "part=form;followUps=0");
        Assert.Contains(audit, e => e.Action == AuditAction.MapViewed && e.CaseId == caseId && e.Detail == "part=supervision");
    }

    [Fact]
    public async Task Record_ThroughTheForm_SavesEveryField_ShowsIt_AndListsIt()
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.SignedInAsync("supervisor");
        var workerId = await factory.UserIdAsync("worker");
        var heldOn = ApiSupport.Today.AddDays(-2);
        var mark = await factory.AuditMarkAsync();

        var response = await supervisor.PostFormAsync($"/Cases/{caseId}/Supervision/New", Fields(heldOn, workerId));
        var id = SessionId(response);
        var page = await supervisor.GetStringAsync(new Uri($"/Supervision/{id}", UriKind.Relative));
        var list = await supervisor.GetStringAsync(new Uri($"/Cases/{caseId}/Supervision", UriKind.Relative));
        var api = await (await factory.ApiAsync("supervisor")).SessionAsync(id);
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Contains("The supervision session has been recorded.", page, StringComparison.Ordinal);
        Assert.Contains("Nothing yet on what he does when the children try to protect their mother.", page, StringComparison.Ordinal);
        Assert.Contains("Went through her safety plan for contact handovers.", page, StringComparison.Ordinal);
        Assert.Contains("Actions to harm the children", page, StringComparison.Ordinal);
        Assert.Contains("Safety planning", page, StringComparison.Ordinal);
        Assert.Contains("Ask her what helps at handovers.", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Supervision/{id}\"", list, StringComparison.Ordinal);
        Assert.Contains("Record a supervision session", list, StringComparison.Ordinal);
        Assert.Equal(Iso(heldOn), api.GetProperty("heldOn").GetString());
        Assert.Equal(workerId, api.GetProperty("workerId").GetGuid());
        Assert.Equal(["HarmToChild"], Strings(api.GetProperty("components")));
        Assert.Equal(["SafetyPlanning"], Strings(api.GetProperty("coaching")));
        var action = Assert.Single(api.GetProperty("actions").EnumerateArray());
        Assert.Equal("Ask her what helps at handovers.", action.GetProperty("description").GetString());
        Assert.Equal(Iso(heldOn.AddDays(10)), action.GetProperty("dueOn").GetString());
        Assert.Contains(audit, e => e.Action == AuditAction.SupervisionRecorded && e.CaseId == caseId && e.SubjectId == id
            && e.Detail == "components=HarmToChild;coaching=SafetyPlanning;actions=1;followedUp=0");
        Assert.Contains(audit, e => e.Action == AuditAction.SupervisionViewed && e.SubjectId == id && e.Detail == "part=session");
        Assert.Contains(audit, e => e.Action == AuditAction.SupervisionViewed && e.CaseId == caseId && e.Detail == "part=list;sessions=1");
    }

    [Fact]
    public async Task Record_WithMistakes_ShowsEveryErrorByItsField_AndKeepsWhatWasTyped()
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.SignedInAsync("supervisor");
        var fields = Fields(ApiSupport.Today.AddDays(-1), await factory.UserIdAsync("worker"));
        fields["Input.HeldOn.Day"] = "31";
        fields["Input.HeldOn.Month"] = "2";
        fields.Remove("Input.Components");
        fields.Remove("Input.Coaching");
        fields["Input.Actions[1].DueOn.Day"] = "3";
        fields["Input.Actions[1].DueOn.Month"] = "4";
        fields["Input.Actions[1].DueOn.Year"] = Text(ApiSupport.Today.Year + 1);

        var response = await supervisor.PostFormAsync($"/Cases/{caseId}/Supervision/New", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error:", html, StringComparison.Ordinal);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("The date of the session must be a real date", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_HeldOn", html, StringComparison.Ordinal);
        Assert.Contains("Choose at least one component discussed or one area of coaching.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Components\"", html, StringComparison.Ordinal);
        Assert.Contains("Describe the action.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Actions_1__Description\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31\"", html, StringComparison.Ordinal);
        Assert.Contains("Nothing yet on what he does when the children try to protect their mother.", html, StringComparison.Ordinal);
        Assert.Contains("Went through her safety plan for contact handovers.", html, StringComparison.Ordinal);
        Assert.Contains("Ask her what helps at handovers.", html, StringComparison.Ordinal);
        Assert.Equal(0, (await (await factory.ApiAsync("supervisor")).ListAsync(caseId)).GetProperty("sessions").GetArrayLength());
    }

    [Fact]
    public async Task AddAnotherAction_WithoutScript_ShowsOneMoreRow_KeepsWhatWasTyped_AndSavesNothing()
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.SignedInAsync("supervisor");
        var fields = Fields(ApiSupport.Today.AddDays(-1), await factory.UserIdAsync("worker"));
        fields["Input.Actions[1].Description"] = "See the children at school.";

        var response = await supervisor.PostFormAsync($"/Cases/{caseId}/Supervision/New?handler=AddAction", fields, $"/Cases/{caseId}/Supervision/New");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Actions[2].Description\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"action-3\"", html, StringComparison.Ordinal);
        Assert.Contains("See the children at school.", html, StringComparison.Ordinal);
        Assert.Contains("Went through her safety plan for contact handovers.", html, StringComparison.Ordinal);
        Assert.Contains("?handler=AddAction#action-4", html, StringComparison.Ordinal);
        Assert.Equal(0, (await (await factory.ApiAsync("supervisor")).ListAsync(caseId)).GetProperty("sessions").GetArrayLength());
    }

    [Fact]
    public async Task NextSession_ThroughTheForm_FollowsUpTheEarlierAction()
    {
        var caseId = await factory.NewCaseAsync();
        var supervisor = await factory.SignedInAsync("supervisor");
        var api = await factory.ApiAsync("supervisor");
        var workerId = await factory.UserIdAsync("worker");
        var earlier = SessionBody(workerId);
        earlier["heldOn"] = ApiSupport.Today.AddDays(-20);
        var first = await api.RecordAsync(caseId, earlier);
        var rewrite = Action(first.GetProperty("actions"), "Rewrite");
        var form = await supervisor.GetStringAsync(new Uri($"/Cases/{caseId}/Supervision/New", UriKind.Relative));
        var fields = Fields(ApiSupport.Today.AddDays(-1), workerId);
        fields["Input.FollowUps[0].ActionId"] = rewrite.GetProperty("id").GetGuid().ToString();
        fields["Input.FollowUps[0].Version"] = rewrite.GetProperty("version").GetUInt32().ToString(CultureInfo.InvariantCulture);
        fields["Input.FollowUps[0].Status"] = "Done";
        fields["Input.FollowUps[0].Note"] = "Rewritten with him as the actor.";
        fields["Input.FollowUps[1].ActionId"] = Action(first.GetProperty("actions"), "Plan").GetProperty("id").GetGuid().ToString();
        fields["Input.FollowUps[1].Status"] = "Open";

        var secondId = SessionId(await supervisor.PostFormAsync($"/Cases/{caseId}/Supervision/New", fields));
        var firstNow = await api.SessionAsync(first.GetProperty("id").GetGuid());
        var second = await supervisor.GetStringAsync(new Uri($"/Supervision/{secondId}", UriKind.Relative));

        Assert.Contains("Earlier action 1", form, StringComparison.Ordinal);
        Assert.Contains("Rewrite the assessment summary with him as the actor.", form, StringComparison.Ordinal);
        var done = Action(firstNow.GetProperty("actions"), "Rewrite");
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Equal(secondId, done.GetProperty("followedUpInSessionId").GetGuid());
        Assert.Equal("Rewritten with him as the actor.", done.GetProperty("followUpNote").GetString());
        var open = Action(firstNow.GetProperty("actions"), "Plan");
        Assert.Equal("Open", open.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("followedUpInSessionId").ValueKind);
        Assert.Contains("Actions from earlier sessions followed up", second, StringComparison.Ordinal);
        Assert.Contains("Rewritten with him as the actor.", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practitioner_ReadsSupervision_ButTheFormsAreForbidden()
    {
        var (caseId, firstId, _) = await factory.CalderSessionsAsync();
        var worker = await factory.SignedInAsync("worker");

        var list = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Supervision", UriKind.Relative));
        var session = await worker.GetStringAsync(new Uri($"/Supervision/{firstId}", UriKind.Relative));
        var form = await worker.GetAsync(new Uri($"/Cases/{caseId}/Supervision/New", UriKind.Relative));
        var edit = await worker.GetAsync(new Uri($"/Supervision/{firstId}/Edit", UriKind.Relative));
        var token = await worker.AntiforgeryTokenAsync($"/Cases/{caseId}/Supervision");
        var fields = Fields(ApiSupport.Today.AddDays(-1), await factory.UserIdAsync("worker"));
        fields["__RequestVerificationToken"] = token;
        var post = await worker.PostAsync(new Uri($"/Cases/{caseId}/Supervision/New", UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Contains("Interview Gavin at the office", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Record a supervision session", list, StringComparison.Ordinal);
        Assert.Contains("Tom Whitfield supervised Aisha Rahman", session, StringComparison.Ordinal);
        Assert.DoesNotContain("Change the session", session, StringComparison.Ordinal);
        foreach (var refused in new[] { form, edit, post })
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("AccessDenied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(2, (await (await factory.ApiAsync("supervisor")).ListAsync(caseId)).GetProperty("sessions").GetArrayLength());
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("advocate")]
    [InlineData("colleague")]
    public async Task PartnerOrOtherTeam_FindsNoSupervisionPage_AndTheAttemptIsAudited(string userName)
    {
        var (caseId, firstId, _) = await factory.CalderSessionsAsync();
        var client = await factory.SignedInAsync(userName);
        var mark = await factory.AuditMarkAsync();

        foreach (var url in new[] { $"/Cases/{caseId}/Supervision", $"/Cases/{caseId}/Supervision/New", $"/Supervision/{firstId}", $"/Supervision/{firstId}/Edit" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode} to {userName}.");
        }

        var mine = await client.GetStringAsync(new Uri("/Supervision", UriKind.Relative));
        Assert.Contains("No supervision actions are open.", mine, StringComparison.Ordinal);
        await factory.AssertDeniedAsync(mark, userName, caseId: caseId);
    }

    [Fact]
    public async Task CasePage_LinksToSupervision_ForTheCasesOwnAgencyOnly()
    {
        var caseId = await factory.CaseOfAsync("Calder");

        var worker = await (await factory.SignedInAsync("worker")).GetStringAsync(new Uri($"/Cases/{caseId}", UriKind.Relative));
        var officer = await (await factory.SignedInAsync("officer")).GetStringAsync(new Uri($"/Cases/{caseId}", UriKind.Relative));

        Assert.Contains($"href=\"/Cases/{caseId}/Supervision\"", worker, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Cases/{caseId}/Supervision", officer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_SomeoneSavedFirst_ShowsTheirVersionAndKeepsWhatWasTyped()
    {
        var caseId = await factory.NewCaseAsync();
        var api = await factory.ApiAsync("supervisor");
        var workerId = await factory.UserIdAsync("worker");
        var created = await api.RecordAsync(caseId, SessionBody(workerId));
        var id = created.GetProperty("id").GetGuid();
        var supervisor = await factory.SignedInAsync("supervisor");
        var editPage = $"/Supervision/{id}/Edit";
        var token = await supervisor.AntiforgeryTokenAsync(editPage);
        var first = EditBody(created);
        first["coachingNotes"] = "Saved first by the manager.";
        await (await (await factory.ApiAsync("manager")).PutJsonAsync($"/api/v1/supervision/{id}", first)).ReadAsync<JsonElement>();
        var fields = Fields(ApiSupport.Today.AddDays(-1), workerId);
        fields["Input.CoachingNotes"] = "My notes from the page I opened earlier.";
        fields["Input.Version"] = created.GetProperty("version").GetUInt32().ToString(CultureInfo.InvariantCulture);
        fields["__RequestVerificationToken"] = token;
        var mark = await factory.AuditMarkAsync();

        var response = await supervisor.PostAsync(new Uri(editPage, UriKind.Relative), new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();
        var saved = await api.SessionAsync(id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed by someone else", html, StringComparison.Ordinal);
        Assert.Contains("The session as it is saved now", html, StringComparison.Ordinal);
        Assert.Contains("My notes from the page I opened earlier.", html, StringComparison.Ordinal);
        Assert.Equal("Saved first by the manager.", saved.GetProperty("coachingNotes").GetString());
        Assert.DoesNotContain(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.SupervisionChanged);
    }

    [Fact]
    public async Task Edit_ThroughTheForm_ChangesTheSession()
    {
        var caseId = await factory.NewCaseAsync();
        var api = await factory.ApiAsync("supervisor");
        var created = await api.RecordAsync(caseId, SessionBody(await factory.UserIdAsync("worker")));
        var id = created.GetProperty("id").GetGuid();
        var supervisor = await factory.SignedInAsync("supervisor");
        var form = await supervisor.GetStringAsync(new Uri($"/Supervision/{id}/Edit", UriKind.Relative));
        var fields = Fields(ApiSupport.Today.AddDays(-1), await factory.UserIdAsync("worker"));
        fields["Input.Version"] = created.GetProperty("version").GetUInt32().ToString(CultureInfo.InvariantCulture);
        var actions = created.GetProperty("actions");
        for (var i = 0; i < 2; i++)
        {
            fields[$"Input.Actions[{i}].Id"] = actions[i].GetProperty("id").GetGuid().ToString();
            fields[$"Input.Actions[{i}].Version"] = actions[i].GetProperty("version").GetUInt32().ToString(CultureInfo.InvariantCulture);
            fields[$"Input.Actions[{i}].Description"] = actions[i].GetProperty("description").GetString()!;
            fields.Remove($"Input.Actions[{i}].DueOn.Day");
            fields.Remove($"Input.Actions[{i}].DueOn.Month");
            fields.Remove($"Input.Actions[{i}].DueOn.Year");
        }

        fields["Input.Actions[2].Description"] = "Ask her what helps at handovers.";
        var mark = await factory.AuditMarkAsync();

        var response = await supervisor.PostFormAsync($"/Supervision/{id}/Edit", fields);
        var saved = await api.SessionAsync(id);

        Assert.Contains("Rewrite the assessment summary with him as the actor.", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Supervision/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(["HarmToChild"], Strings(saved.GetProperty("components")));
        Assert.Equal("Went through her safety plan for contact handovers.", saved.GetProperty("coachingNotes").GetString());
        Assert.Equal(3, saved.GetProperty("actions").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("actions")[0].GetProperty("dueOn").ValueKind);
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.SupervisionChanged && e.SubjectId == id && e.Detail == "actions=3;followedUp=0");
    }

    [Fact]
    public async Task MySupervision_SupervisorSeesSessionsHeld_WorkerSeesOpenActions()
    {
        var (caseId, _, secondId) = await factory.CalderSessionsAsync();
        var mark = await factory.AuditMarkAsync();

        var supervisor = await (await factory.SignedInAsync("supervisor")).GetStringAsync(new Uri("/Supervision", UriKind.Relative));
        var worker = await (await factory.SignedInAsync("worker")).GetStringAsync(new Uri("/Supervision", UriKind.Relative));

        Assert.Contains("Sessions you have held recently", supervisor, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Supervision/{secondId}\"", supervisor, StringComparison.Ordinal);
        Assert.Contains("Interview Gavin at the office", supervisor, StringComparison.Ordinal);
        Assert.DoesNotContain("Sessions you have held recently", worker, StringComparison.Ordinal);
        Assert.Contains("Interview Gavin at the office", worker, StringComparison.Ordinal);
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.SupervisionViewed && e.CaseId == caseId && e.Detail == "part=mine");
    }
}
