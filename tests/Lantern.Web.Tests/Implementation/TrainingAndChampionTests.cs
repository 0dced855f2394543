using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;
using static Lantern.Web.Tests.Implementation.ImplementationSupport;

namespace Lantern.Web.Tests.Implementation;

/// <summary>Training attendance and practice champions, through the pages and the API, as the demonstration agency's manager.</summary>
public sealed class TrainingAndChampionTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static IEnumerable<string> Names(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("name").GetString()!);

    [Fact]
    public async Task RecordTraining_ThroughTheApi_RecordsEachAttendee_RaisesCoverage_AndIsAudited()
    {
        var api = await factory.ApiAsync("manager");
        var colleague = await factory.UserIdAsync("colleague");
        var managerId = await factory.UserIdAsync("manager");
        var run = Run();
        var before = await (await api.GetAsync("/api/v1/implementation/training")).ReadAsync<JsonElement>();
        var mark = await factory.AuditMarkAsync();

        var created = await (await api.PostJsonAsync("/api/v1/implementation/training", new Dictionary<string, object?>
        {
            ["course"] = "CorePractice",
            ["attendedOn"] = ApiSupport.Today.AddDays(-3),
            ["userIds"] = new[] { colleague },
            ["names"] = new[] { $"Sam Jones {run}", " ", $"sam jones {run}" },
        })).CreatedAsync();
        var after = await (await api.GetAsync($"/api/v1/implementation/training?course=CorePractice&from={Iso(ApiSupport.Today.AddDays(-3))}")).ReadAsync<JsonElement>();
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Equal(["Grace Mensah", $"Sam Jones {run}"], created.EnumerateArray().Select(r => r.GetProperty("attendeeName").GetString()));
        var ids = created.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(ids.Order(), after.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).Order());
        var coverageBefore = before.GetProperty("coverage");
        var coverageAfter = after.GetProperty("coverage");
        Assert.Equal(coverageBefore.GetProperty("coreTrained").GetInt32() + 1, coverageAfter.GetProperty("coreTrained").GetInt32());
        Assert.Contains("Grace Mensah", Names(coverageBefore.GetProperty("notYetCoreTrained")));
        Assert.DoesNotContain("Grace Mensah", Names(coverageAfter.GetProperty("notYetCoreTrained")));
        Assert.True(after.GetProperty("mayRecord").GetBoolean());
        Assert.Contains(audit, e => e.Action == AuditAction.TrainingRecorded && e.SubjectId == ids[0] && e.UserId == managerId && e.Detail == "course=CorePractice;account=yes");
        Assert.Contains(audit, e => e.Action == AuditAction.TrainingRecorded && e.SubjectId == ids[1] && e.Detail == "course=CorePractice;account=no");
        Assert.Contains(audit, e => e.Action == AuditAction.ImplementationViewed && e.UserId == managerId && e.Detail == "part=training;records=2");
        Assert.DoesNotContain(audit, e => e.Detail?.Contains(run, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task RecordTraining_OnThePage_SeveralAttendeesAtOnce_AreListedUnderTheCourse()
    {
        var manager = await factory.SignedInAsync("manager");
        var run = Run();
        var fields = new Dictionary<string, string>
        {
            ["Input.Course"] = "PartnerAgencies",
            ["Input.UserIds[0]"] = (await factory.UserIdAsync("worker")).ToString(),
            ["Input.UserIds[1]"] = (await factory.UserIdAsync("supervisor")).ToString(),
            ["Input.Names"] = $"Ruth Ellis {run}\nDev Patel {run}\n",
        };
        AddDate(fields, "Input.AttendedOn", ApiSupport.Today.AddDays(-1));

        var response = await manager.PostFormAsync("/Implementation/Training/New", fields);
        var list = await manager.GetStringAsync(new Uri("/Implementation/Training?Course=PartnerAgencies&Period=3m", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Implementation/Training", response.Headers.Location!.OriginalString);
        Assert.Contains("4 attendances have been recorded.", list, StringComparison.Ordinal);
        foreach (var name in new[] { "Aisha Rahman", "Tom Whitfield", $"Ruth Ellis {run}", $"Dev Patel {run}" })
        {
            Assert.Contains($"<th scope=\"row\" data-label=\"Attendee\">{name}</th>", list, StringComparison.Ordinal);
        }

        Assert.Contains("at training with partner agencies in the last 3 months", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordTraining_OnThePageWithMistakes_ShowsEachError_KeepsWhatWasTyped_AndSavesNothing()
    {
        var manager = await factory.SignedInAsync("manager");
        var api = await factory.ApiAsync("manager");
        var run = Run();
        var fields = new Dictionary<string, string> { ["Input.Names"] = $"Lena Hart {run}" };
        AddDate(fields, "Input.AttendedOn", ApiSupport.Today.AddDays(3));
        var before = (await (await api.GetAsync("/api/v1/implementation/training")).ReadAsync<JsonElement>()).GetProperty("records").GetArrayLength();

        var response = await manager.PostFormAsync("/Implementation/Training/New", fields);
        var html = await response.Content.ReadAsStringAsync();
        var after = (await (await api.GetAsync("/api/v1/implementation/training")).ReadAsync<JsonElement>()).GetProperty("records").GetArrayLength();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: Record training attendance", html, StringComparison.Ordinal);
        Assert.Contains("Choose the training.", html, StringComparison.Ordinal);
        Assert.Contains("The date of the training cannot be in the future.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Course\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_AttendedOn\"", html, StringComparison.Ordinal);
        Assert.Contains($"Lena Hart {run}</textarea>", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{ApiSupport.Today.AddDays(3).Day}\"", html, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("unknown user", "userIds")]
    [InlineData("nobody", "userIds")]
    [InlineData("future", "attendedOn")]
    [InlineData("no course", "course")]
    [InlineData("long name", "names")]
    public async Task RecordTraining_BadInput_Answers400NamingTheField(string problem, string field)
    {
        var api = await factory.ApiAsync("manager");
        var body = new Dictionary<string, object?>
        {
            ["course"] = "Overview",
            ["attendedOn"] = ApiSupport.Today,
            ["userIds"] = new[] { await factory.UserIdAsync("worker") },
        };
        switch (problem)
        {
            case "unknown user":
                // An account of another agency is as unknown as one that does not exist.
                body["userIds"] = new[] { await factory.UserIdAsync("officer") };
                break;
            case "nobody":
                body["userIds"] = Array.Empty<Guid>();
                break;
            case "future":
                body["attendedOn"] = ApiSupport.Today.AddDays(1);
                break;
            case "no course":
                body.Remove("course");
                break;
            default:
                body["names"] = new[] { new string('a', 201) };
                break;
        }

        var problemDetails = await (await api.PostJsonAsync("/api/v1/implementation/training", body)).ProblemAsync(HttpStatusCode.BadRequest);

        problemDetails.AssertNamesField(field);
        Assert.Single(problemDetails.ErrorFields());
    }

    [Fact]
    public async Task RecordTraining_Supervisor_ReadsButMayNotRecord()
    {
        var api = await factory.ApiAsync("supervisor");
        var pages = await factory.SignedInAsync("supervisor");

        var list = await (await api.GetAsync("/api/v1/implementation/training")).ReadAsync<JsonElement>();
        var post = await api.PostJsonAsync("/api/v1/implementation/training",
            new Dictionary<string, object?> { ["course"] = "Overview", ["attendedOn"] = ApiSupport.Today, ["names"] = new List<string> { "Someone" } });
        var form = await pages.GetAsync(new Uri("/Implementation/Training/New", UriKind.Relative));
        var page = await pages.GetStringAsync(new Uri("/Implementation/Training", UriKind.Relative));

        Assert.False(list.GetProperty("mayRecord").GetBoolean());
        await post.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Contains("/Account/AccessDenied", form.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("/Implementation/Training/New", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Champions_ThroughTheApi_AddedAndEnded_KeptInTheHistory_AndAudited()
    {
        var api = await factory.ApiAsync("manager");
        var worker = await factory.UserIdAsync("worker");
        var mark = await factory.AuditMarkAsync();

        var added = await (await api.PostJsonAsync("/api/v1/implementation/champions",
            new Dictionary<string, object?> { ["userId"] = worker, ["since"] = ApiSupport.Today.AddDays(-20) })).CreatedAsync();
        var id = added.GetProperty("id").GetGuid();
        var twice = await api.PostJsonAsync("/api/v1/implementation/champions", new Dictionary<string, object?> { ["userId"] = worker, ["since"] = ApiSupport.Today });
        var current = await (await api.GetAsync("/api/v1/implementation/champions")).ReadAsync<JsonElement>();
        var tooEarly = await api.PostJsonAsync($"/api/v1/implementation/champions/{id}/end", new Dictionary<string, object?> { ["until"] = ApiSupport.Today.AddDays(-21) });
        var ended = await (await api.PostJsonAsync($"/api/v1/implementation/champions/{id}/end",
            new Dictionary<string, object?> { ["until"] = ApiSupport.Today })).ReadAsync<JsonElement>();
        var again = await api.PostJsonAsync($"/api/v1/implementation/champions/{id}/end", new Dictionary<string, object?> { ["until"] = ApiSupport.Today });
        var unknown = await api.PostJsonAsync($"/api/v1/implementation/champions/{Guid.NewGuid()}/end", new Dictionary<string, object?> { ["until"] = ApiSupport.Today });
        var after = await (await api.GetAsync("/api/v1/implementation/champions")).ReadAsync<JsonElement>();
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Equal("Aisha Rahman", added.GetProperty("name").GetString());
        (await twice.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("userId");
        Assert.Contains("Aisha Rahman", Names(current.GetProperty("current")));
        Assert.Contains("Tom Whitfield", Names(current.GetProperty("current")));
        (await tooEarly.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("until");
        Assert.Equal(Iso(ApiSupport.Today), ended.GetProperty("until").GetString());
        (await again.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("until");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.DoesNotContain("Aisha Rahman", Names(after.GetProperty("current")));
        Assert.Contains(after.GetProperty("past").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Contains(audit, e => e.Action == AuditAction.ChampionsChanged && e.SubjectId == id && e.Detail == "change=added");
        Assert.Contains(audit, e => e.Action == AuditAction.ChampionsChanged && e.SubjectId == id && e.Detail == "change=ended");
        Assert.Equal(2, audit.Count(e => e.Action == AuditAction.ChampionsChanged));
    }

    [Fact]
    public async Task Champions_OnThePages_AddedThenSteppedDown_WithAMistakePutRight()
    {
        var manager = await factory.SignedInAsync("manager");
        var colleague = await factory.UserIdAsync("colleague");
        var fields = new Dictionary<string, string> { ["Input.UserId"] = colleague.ToString() };
        AddDate(fields, "Input.Since", ApiSupport.Today.AddDays(-30));

        var added = await manager.PostFormAsync("/Implementation/Champions/New", fields);
        var list = await manager.GetStringAsync(new Uri("/Implementation/Champions", UriKind.Relative));
        var api = await (await (await factory.ApiAsync("manager")).GetAsync("/api/v1/implementation/champions")).ReadAsync<JsonElement>();
        var id = api.GetProperty("current").EnumerateArray().Single(c => c.GetProperty("userId").GetGuid() == colleague).GetProperty("id").GetGuid();
        var endUrl = $"/Implementation/Champions/{id}/End";
        var empty = await manager.PostFormAsync(endUrl, new Dictionary<string, string>());
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        var end = new Dictionary<string, string>();
        AddDate(end, "Input.Until", ApiSupport.Today);
        var ended = await manager.PostFormAsync(endUrl, end);
        var after = await manager.GetStringAsync(new Uri("/Implementation/Champions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Grace Mensah is now one of the agency&#x27;s practice champions.", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{endUrl}\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Enter the date they stopped being a champion.", emptyHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("Former champions", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{endUrl}\"", after, StringComparison.Ordinal);
    }
}
