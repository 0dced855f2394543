using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;
using static Lantern.Web.Tests.Implementation.ImplementationSupport;

namespace Lantern.Web.Tests.Implementation;

/// <summary>
/// Monthly practice meetings: recorded by a supervisor or a manager, cases discussed entered by reference and
/// checked against the cases the recorder may see, and each case listed only to a reader who may see it.
/// </summary>
public sealed class PracticeMeetingTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static IEnumerable<string> References(JsonElement meeting) =>
        meeting.GetProperty("casesDiscussed").EnumerateArray().Select(c => c.GetProperty("reference").GetString()!);

    private static Dictionary<string, string> Fields(string attendees, string references, string learning)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Attendees"] = attendees,
            ["Input.CaseReferences"] = references,
            ["Input.Learning"] = learning,
        };
        AddDate(fields, "Input.HeldOn", ApiSupport.Today.AddDays(-2));
        return fields;
    }

    [Fact]
    public async Task Record_OnThePage_BySupervisor_ListsTheCase_ReadsBackThroughTheApi_AndIsAudited()
    {
        var supervisor = await factory.SignedInAsync("supervisor");
        var calder = await factory.CaseOfAsync("Calder");
        var reference = await factory.ReferenceOfAsync(calder);
        var supervisorId = await factory.UserIdAsync("supervisor");
        var learning = $"We practised pivoting a blaming sentence about the mother towards his choices ({Run()}).";
        var mark = await factory.AuditMarkAsync();

        var response = await supervisor.PostFormAsync("/Implementation/PracticeMeetings/New",
            Fields("Tom Whitfield (chair), Aisha Rahman", $" {reference.ToLowerInvariant()} ", learning));
        var location = response.Headers.Location!.OriginalString;
        var id = Guid.Parse(location["/Implementation/PracticeMeetings/".Length..]);
        var page = await supervisor.GetStringAsync(new Uri(location, UriKind.Relative));
        var view = await (await (await factory.ApiAsync("supervisor")).GetAsync($"/api/v1/implementation/practice-meetings/{id}")).ReadAsync<JsonElement>();
        var list = await supervisor.GetStringAsync(new Uri("/Implementation/PracticeMeetings", UriKind.Relative));
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("The practice meeting has been recorded.", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Cases/{calder}\" data-case-reference=\"{reference}\"", page, StringComparison.Ordinal);
        Assert.Contains("Tom Whitfield (chair), Aisha Rahman", page, StringComparison.Ordinal);
        Assert.Equal([reference], References(view));
        Assert.Equal(learning, view.GetProperty("learning").GetString());
        Assert.Equal(Iso(ApiSupport.Today.AddDays(-2)), view.GetProperty("heldOn").GetString());
        Assert.True(view.GetProperty("mayChange").GetBoolean());
        Assert.Contains($"href=\"/Implementation/PracticeMeetings/{id}\"", list, StringComparison.Ordinal);
        Assert.Contains(audit, e => e.Action == AuditAction.PracticeMeetingRecorded && e.SubjectId == id && e.UserId == supervisorId && e.Detail == "cases=1");
        Assert.Contains(audit, e => e.Action == AuditAction.ImplementationViewed && e.SubjectId == id && e.Detail == "part=practice-meeting;cases=1");
        Assert.Contains(audit, e => e.Action == AuditAction.ImplementationViewed && e.Detail!.StartsWith("part=practice-meetings;", StringComparison.Ordinal));

        // Reading the meeting is an implementation read: the case's references are shown, not its record.
        Assert.DoesNotContain(audit, e => e.Action == AuditAction.CaseViewed && e.CaseId == calder);
    }

    [Fact]
    public async Task Record_UnknownCaseReference_IsAnErrorOnTheField_NamingIt_AndKeepsWhatWasTyped()
    {
        var manager = await factory.SignedInAsync("manager");
        var api = await factory.ApiAsync("manager");
        var calder = await factory.ReferenceOfAsync(await factory.CaseOfAsync("Calder"));
        var run = Run();
        var before = (await (await api.GetAsync("/api/v1/implementation/practice-meetings")).ReadAsync<JsonElement>()).GetProperty("meetings").GetArrayLength();

        var response = await manager.PostFormAsync("/Implementation/PracticeMeetings/New", Fields($"Helen Barker {run}", $"{calder}, LAN-999999", $"Learning {run}"));
        var html = await response.Content.ReadAsStringAsync();
        var apiAnswer = await (await api.PostJsonAsync("/api/v1/implementation/practice-meetings", MeetingBody("Anything.", calder, "LAN-999998")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var after = (await (await api.GetAsync("/api/v1/implementation/practice-meetings")).ReadAsync<JsonElement>()).GetProperty("meetings").GetArrayLength();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: Record a practice meeting", html, StringComparison.Ordinal);
        Assert.Contains("No case you can see has the reference LAN-999999. Check it, or leave it out.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_CaseReferences\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_CaseReferences-error\"", html, StringComparison.Ordinal);
        Assert.Contains($"{calder}, LAN-999999</textarea>", html, StringComparison.Ordinal);
        Assert.Contains($"Helen Barker {run}</textarea>", html, StringComparison.Ordinal);
        Assert.Contains($"Learning {run}</textarea>", html, StringComparison.Ordinal);
        apiAnswer.AssertNamesField("caseReferences");
        Assert.Single(apiAnswer.ErrorFields());
        Assert.Contains("LAN-999998", apiAnswer.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task CaseDiscussedInTeamB_IsListedToTheManager_ButNotToTheTeamASupervisor_AndSurvivesHerEdit()
    {
        var managerApi = await factory.ApiAsync("manager");
        var supervisorApi = await factory.ApiAsync("supervisor");
        var supervisorPages = await factory.SignedInAsync("supervisor");
        var teamB = await factory.ReferenceOfAsync(await factory.TeamBCaseAsync());
        var calder = await factory.ReferenceOfAsync(await factory.CaseOfAsync("Calder"));
        var created = await (await managerApi.PostJsonAsync("/api/v1/implementation/practice-meetings",
            MeetingBody($"Two cases, two teams ({Run()}).", teamB, calder))).CreatedAsync();
        var id = created.GetProperty("id").GetGuid();

        var asManager = await (await managerApi.GetAsync($"/api/v1/implementation/practice-meetings/{id}")).ReadAsync<JsonElement>();
        var asSupervisor = await (await supervisorApi.GetAsync($"/api/v1/implementation/practice-meetings/{id}")).ReadAsync<JsonElement>();
        var page = await supervisorPages.GetStringAsync(new Uri($"/Implementation/PracticeMeetings/{id}", UriKind.Relative));
        var editForm = await supervisorPages.GetStringAsync(new Uri($"/Implementation/PracticeMeetings/{id}/Edit", UriKind.Relative));
        var listed = (await (await supervisorApi.GetAsync("/api/v1/implementation/practice-meetings")).ReadAsync<JsonElement>())
            .GetProperty("meetings").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == id);
        var hers = await supervisorApi.PostJsonAsync("/api/v1/implementation/practice-meetings", MeetingBody("She cannot name it.", teamB));

        Assert.Equal(new[] { teamB, calder }.Order(), References(asManager).Order());
        Assert.Equal([calder], References(asSupervisor));
        Assert.DoesNotContain(teamB, page, StringComparison.Ordinal);
        Assert.DoesNotContain(teamB, editForm, StringComparison.Ordinal);
        Assert.Contains(calder, page, StringComparison.Ordinal);
        Assert.Equal(1, listed.GetProperty("casesDiscussed").GetInt32());
        var refused = await hers.ProblemAsync(HttpStatusCode.BadRequest);
        refused.AssertNamesField("caseReferences");

        // She changes what was learnt and sends back the cases she can see: the team B case stays on the meeting.
        var edit = MeetingBody("Changed by the supervisor.", calder);
        edit["version"] = asSupervisor.GetProperty("version").GetUInt32();
        var changed = await (await supervisorApi.PutJsonAsync($"/api/v1/implementation/practice-meetings/{id}", edit)).ReadAsync<JsonElement>();
        var managerAfter = await (await managerApi.GetAsync($"/api/v1/implementation/practice-meetings/{id}")).ReadAsync<JsonElement>();

        Assert.Equal([calder], References(changed));
        Assert.Equal("Changed by the supervisor.", managerAfter.GetProperty("learning").GetString());
        Assert.Equal(new[] { teamB, calder }.Order(), References(managerAfter).Order());
    }

    [Fact]
    public async Task Update_StaleVersion_Answers409_AndThePageShowsTheConflictKeepingWhatWasTyped()
    {
        var api = await factory.ApiAsync("manager");
        var pages = await factory.SignedInAsync("manager");
        var created = await (await api.PostJsonAsync("/api/v1/implementation/practice-meetings", MeetingBody("First version."))).CreatedAsync();
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetUInt32();
        var first = MeetingBody("First edit.");
        first["version"] = version;
        var second = MeetingBody("Second edit, from a page opened before the first was saved.");
        second["version"] = version;

        await (await api.PutJsonAsync($"/api/v1/implementation/practice-meetings/{id}", first)).ReadAsync<JsonElement>();
        var conflict = await api.PutJsonAsync($"/api/v1/implementation/practice-meetings/{id}", second);
        var noVersion = await api.PutJsonAsync($"/api/v1/implementation/practice-meetings/{id}", MeetingBody("No version."));
        var fields = Fields("Helen Barker", "", "Typed on a stale page.");
        fields["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = await pages.PostFormAsync($"/Implementation/PracticeMeetings/{id}/Edit", fields);
        var html = await page.Content.ReadAsStringAsync();
        var now = await (await api.GetAsync($"/api/v1/implementation/practice-meetings/{id}")).ReadAsync<JsonElement>();

        await conflict.ProblemAsync(HttpStatusCode.Conflict);
        (await noVersion.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("version");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("This record was changed by someone else after you opened it.", html, StringComparison.Ordinal);
        Assert.Contains("Typed on a stale page.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("First edit.", html, StringComparison.Ordinal);
        Assert.Equal("First edit.", now.GetProperty("learning").GetString());
    }

    [Theory]
    [InlineData("future", "heldOn")]
    [InlineData("no attendees", "attendees")]
    [InlineData("no learning", "learning")]
    [InlineData("too long", "learning")]
    public async Task Record_BadInput_Answers400NamingTheField(string problem, string field)
    {
        var api = await factory.ApiAsync("supervisor");
        var body = MeetingBody("Something was learnt.");
        switch (problem)
        {
            case "future":
                body["heldOn"] = ApiSupport.Today.AddDays(1);
                break;
            case "no attendees":
                body["attendees"] = "  ";
                break;
            case "no learning":
                body.Remove("learning");
                break;
            default:
                body["learning"] = new string('x', 8001);
                break;
        }

        var answer = await (await api.PostJsonAsync("/api/v1/implementation/practice-meetings", body)).ProblemAsync(HttpStatusCode.BadRequest);

        answer.AssertNamesField(field);
        Assert.Single(answer.ErrorFields());
    }

    [Fact]
    public async Task DemonstrationMeetings_ThreeMonthly_OneOnTheCalderFamily()
    {
        var api = await factory.ApiAsync("reviewer");
        var calder = await factory.ReferenceOfAsync(await factory.CaseOfAsync("Calder"));
        var list = await (await api.GetAsync("/api/v1/implementation/practice-meetings")).ReadAsync<JsonElement>();
        var demo = list.GetProperty("meetings").EnumerateArray().Where(m => DateOnly.Parse(m.GetProperty("heldOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture) < ApiSupport.Today.AddDays(-20)).ToList();

        var withCalder = new List<JsonElement>();
        foreach (var meeting in demo)
        {
            var view = await (await api.GetAsync($"/api/v1/implementation/practice-meetings/{meeting.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
            if (References(view).Contains(calder))
            {
                withCalder.Add(view);
            }
        }

        Assert.Equal(3, demo.Count);
        Assert.Single(withCalder);
        Assert.True(list.GetProperty("mayRecord").GetBoolean());
    }
}
