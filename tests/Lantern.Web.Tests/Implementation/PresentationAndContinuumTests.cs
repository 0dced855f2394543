using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.Core.Implementation;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;
using static Lantern.Web.Tests.Implementation.ImplementationSupport;

namespace Lantern.Web.Tests.Implementation;

/// <summary>Presentations, and continuum self-assessments with their history drawn as a chart and laid out as a table.</summary>
public sealed class PresentationAndContinuumTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [Fact]
    public async Task Presentation_ThroughTheApiAndThePage_IsListed_AndAudited()
    {
        var api = await factory.ApiAsync("reviewer");
        var pages = await factory.SignedInAsync("reviewer");
        var run = Run();
        var mark = await factory.AuditMarkAsync();

        var created = await (await api.PostJsonAsync("/api/v1/implementation/presentations", new Dictionary<string, object?>
        {
            ["givenOn"] = ApiSupport.Today.AddDays(-5),
            ["audienceKind"] = "PartnerAgency",
            ["audience"] = $"Harbour Domestic Abuse Service {run}",
            ["topic"] = "Partnering with the survivor as the default",
            ["presenter"] = "Owen Price",
            ["attendeeCount"] = 9,
        })).CreatedAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.AudienceKind"] = "OtherUnit",
            ["Input.Audience"] = $"Adoption and fostering team {run}",
            ["Input.Topic"] = "Why his pattern matters when a child cannot live at home",
            ["Input.Presenter"] = "Helen Barker",
            ["Input.AttendeeCount"] = "",
        };
        AddDate(fields, "Input.GivenOn", ApiSupport.Today);
        var posted = await pages.PostFormAsync("/Implementation/Presentations/New", fields);
        var list = await (await api.GetAsync($"/api/v1/implementation/presentations?since={Iso(ApiSupport.Today.AddDays(-5))}")).ReadAsync<JsonElement>();
        var page = await pages.GetStringAsync(new Uri("/Implementation/Presentations", UriKind.Relative));
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var mine = list.GetProperty("presentations").EnumerateArray().Where(p => p.GetProperty("audience").GetString()!.EndsWith(run, StringComparison.Ordinal)).ToList();
        Assert.Equal(["OtherUnit", "PartnerAgency"], mine.Select(p => p.GetProperty("audienceKind").GetString()));
        Assert.Equal(JsonValueKind.Null, mine[0].GetProperty("attendeeCount").ValueKind);
        Assert.Equal(9, mine[1].GetProperty("attendeeCount").GetInt32());
        Assert.Contains($"Adoption and fostering team {run}", page, StringComparison.Ordinal);
        Assert.Contains("The presentation has been recorded.", page, StringComparison.Ordinal);
        Assert.Contains(audit, e => e.Action == AuditAction.PresentationRecorded && e.SubjectId == created.GetProperty("id").GetGuid() && e.Detail == "audience=PartnerAgency");
        Assert.Contains(audit, e => e.Action == AuditAction.PresentationRecorded && e.Detail == "audience=OtherUnit");
        Assert.Contains(audit, e => e.Action == AuditAction.ImplementationViewed && e.Detail!.StartsWith("part=presentations;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Presentation_OnThePageWithMistakes_ShowsEachError_AndKeepsWhatWasTyped()
    {
        var pages = await factory.SignedInAsync("manager");
        var fields = new Dictionary<string, string>
        {
            ["Input.AudienceKind"] = "OwnUnit",
            ["Input.Topic"] = "Mapping the five components",
            ["Input.Presenter"] = "Helen Barker",
            ["Input.AttendeeCount"] = "about 20",
        };
        AddDate(fields, "Input.GivenOn", ApiSupport.Today.AddDays(7));

        var response = await pages.PostFormAsync("/Implementation/Presentations/New", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The date of the presentation cannot be in the future.", html, StringComparison.Ordinal);
        Assert.Contains("Name the unit or agency it was given to.", html, StringComparison.Ordinal);
        Assert.Contains("Enter the number of people as a whole number, for example 12, or leave it empty.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"about 20\"", html, StringComparison.Ordinal);
        Assert.Contains("Mapping the five components</textarea>", html, StringComparison.Ordinal);
        Assert.True(IsChecked(html, "Input.AudienceKind", "OwnUnit"));
    }

    [Theory]
    [InlineData("future", "givenOn")]
    [InlineData("no audience kind", "audienceKind")]
    [InlineData("no topic", "topic")]
    [InlineData("nobody came", "attendeeCount")]
    public async Task Presentation_BadInput_Answers400NamingTheField(string problem, string field)
    {
        var api = await factory.ApiAsync("manager");
        var body = new Dictionary<string, object?>
        {
            ["givenOn"] = ApiSupport.Today,
            ["audienceKind"] = "OwnUnit",
            ["audience"] = "Team A",
            ["topic"] = "The map",
            ["presenter"] = "Tom Whitfield",
        };
        switch (problem)
        {
            case "future":
                body["givenOn"] = ApiSupport.Today.AddDays(1);
                break;
            case "no audience kind":
                body.Remove("audienceKind");
                break;
            case "no topic":
                body["topic"] = "";
                break;
            default:
                body["attendeeCount"] = 0;
                break;
        }

        var answer = await (await api.PostJsonAsync("/api/v1/implementation/presentations", body)).ProblemAsync(HttpStatusCode.BadRequest);

        answer.AssertNamesField(field);
        Assert.Single(answer.ErrorFields());
    }

    [Fact]
    public async Task Continuum_RecordedThroughTheApi_ChartAndTableShowExactlyWhatWasRecorded()
    {
        var api = await factory.ApiAsync("manager");
        var pages = await factory.SignedInAsync("manager");
        var managerId = await factory.UserIdAsync("manager");
        var mark = await factory.AuditMarkAsync();

        var created = await (await api.PostJsonAsync("/api/v1/implementation/continuum", AssessmentBody(ApiSupport.Today, ContinuumLevel.Competent, Run(),
            (ContinuumArea.Screening, ContinuumLevel.Proficient), (ContinuumArea.QualityAssurance, ContinuumLevel.Neglectful)))).CreatedAsync();
        var history = await (await api.GetAsync("/api/v1/implementation/continuum")).ReadAsync<JsonElement>();
        var html = await pages.GetStringAsync(new Uri("/Implementation/Continuum", UriKind.Relative));
        var audit = await factory.AuditSinceAsync(mark);

        var recorded = Recorded(history, latest: 12);
        var chart = ChartPoints(html);
        var table = TableValues(html);
        Assert.Equal(recorded.Count, chart.Count);
        Assert.Equal(recorded.OrderBy(p => p.Area).ThenBy(p => p.On).ThenBy(p => p.Level), chart.OrderBy(p => p.Area).ThenBy(p => p.On).ThenBy(p => p.Level));
        Assert.Equal(recorded.OrderBy(p => p.Area).ThenBy(p => p.On).ThenBy(p => p.Level), table.OrderBy(p => p.Area).ThenBy(p => p.On).ThenBy(p => p.Level));

        // The demonstration's three assessments and those recorded since: a point for each on every area's line.
        var count = history.GetProperty("assessments").GetArrayLength();
        Assert.InRange(count, 4, 12);
        Assert.Equal(count * 9, chart.Count);
        Assert.Contains(new Plotted(ContinuumNames.Of(ContinuumArea.Screening), ApiSupport.Today, "Proficient"), chart);
        Assert.Contains(new Plotted(ContinuumNames.Of(ContinuumArea.QualityAssurance), ApiSupport.Today, "Neglectful"), table);
        Assert.Contains("<title id=\"continuum-chart-title\">", html, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"continuum-chart-desc\">", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"continuum-chart-title continuum-chart-desc\"", html, StringComparison.Ordinal);
        var latest = history.GetProperty("assessments").EnumerateArray().Last();
        Assert.Equal(created.GetProperty("id").GetGuid(), latest.GetProperty("id").GetGuid());
        Assert.Equal(9, latest.GetProperty("ratings").GetArrayLength());
        Assert.Contains(audit, e => e.Action == AuditAction.ContinuumAssessed && e.SubjectId == created.GetProperty("id").GetGuid() && e.UserId == managerId && e.Detail == "areas=9");
        Assert.Contains(audit, e => e.Action == AuditAction.ImplementationViewed && e.Detail == $"part=continuum;assessments={count}");
    }

    [Fact]
    public async Task Continuum_NewForm_StartsFromTheLatest_AndAMissingLevelIsAFieldErrorThatKeepsTheRest()
    {
        var pages = await factory.SignedInAsync("reviewer");
        var api = await factory.ApiAsync("reviewer");
        var history = await (await api.GetAsync("/api/v1/implementation/continuum")).ReadAsync<JsonElement>();
        var latest = history.GetProperty("assessments").EnumerateArray().Last();
        var before = history.GetProperty("assessments").GetArrayLength();

        var form = await pages.GetStringAsync(new Uri("/Implementation/Continuum/New", UriKind.Relative));
        var fields = new Dictionary<string, string> { ["Input.Notes"] = "Reviewed with the team leaders." };
        AddDate(fields, "Input.AssessedOn", ApiSupport.Today);
        var areas = Enum.GetValues<ContinuumArea>();
        for (var i = 0; i < areas.Length; i++)
        {
            fields[$"Input.Ratings[{i}].Evidence"] = $"Evidence {i}";
            if (areas[i] != ContinuumArea.Policy)
            {
                fields[$"Input.Ratings[{i}].Level"] = "Competent";
            }
        }

        var wrong = await pages.PostFormAsync("/Implementation/Continuum/New", fields);
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        var policy = Array.IndexOf(areas, ContinuumArea.Policy);
        fields[$"Input.Ratings[{policy}].Level"] = "Proficient";
        var right = await pages.PostFormAsync("/Implementation/Continuum/New", fields);
        var after = await (await api.GetAsync("/api/v1/implementation/continuum")).ReadAsync<JsonElement>();

        foreach (var rating in latest.GetProperty("ratings").EnumerateArray())
        {
            var i = Array.IndexOf(areas, Enum.Parse<ContinuumArea>(rating.GetProperty("area").GetString()!));
            Assert.True(IsChecked(form, $"Input.Ratings[{i}].Level", rating.GetProperty("level").GetString()!), $"Area {i} should start at its latest level.");
        }

        var evidence = latest.GetProperty("ratings")[0].GetProperty("evidence").GetString()!;
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(evidence) + "</textarea>", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Choose a level for ", wrongHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"#Input_Ratings_{policy}__Level\"", wrongHtml, StringComparison.Ordinal);
        Assert.True(IsChecked(wrongHtml, "Input.Ratings[0].Level", "Competent"));
        Assert.False(IsChecked(wrongHtml, $"Input.Ratings[{policy}].Level", "PreCompetent"));
        Assert.Contains("Evidence 3</textarea>", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("Reviewed with the team leaders.</textarea>", wrongHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(before + 1, after.GetProperty("assessments").GetArrayLength());
        var saved = after.GetProperty("assessments").EnumerateArray().Last();
        Assert.Equal("Proficient", saved.GetProperty("ratings").EnumerateArray().Single(r => r.GetProperty("area").GetString() == "Policy").GetProperty("level").GetString());
        Assert.Equal("Reviewed with the team leaders.", saved.GetProperty("notes").GetString());
    }

    [Theory]
    [InlineData("missing area", "ratings")]
    [InlineData("unknown level", "ratings[2].level")]
    [InlineData("twice", "ratings[8].area")]
    [InlineData("future", "assessedOn")]
    public async Task Continuum_BadInput_Answers400NamingTheField(string problem, string field)
    {
        var api = await factory.ApiAsync("manager");
        var body = AssessmentBody(ApiSupport.Today, ContinuumLevel.PreCompetent, "API");
        var ratings = (List<object>)body["ratings"]!;
        switch (problem)
        {
            case "missing area":
                ratings.RemoveAt(4);
                break;
            case "unknown level":
                ((Dictionary<string, object?>)ratings[2])["level"] = 7;
                break;
            case "twice":
                ((Dictionary<string, object?>)ratings[8])["area"] = "Policy";
                break;
            default:
                body["assessedOn"] = ApiSupport.Today.AddDays(1);
                break;
        }

        var answer = await (await api.PostJsonAsync("/api/v1/implementation/continuum", body)).ProblemAsync(HttpStatusCode.BadRequest);

        answer.AssertNamesField(field);
        Assert.Single(answer.ErrorFields());
    }

    [Fact]
    public async Task PresentationsAndSelfAssessments_Supervisor_ReadsButMayNotRecord()
    {
        var api = await factory.ApiAsync("supervisor");
        var pages = await factory.SignedInAsync("supervisor");

        var presentation = await api.PostJsonAsync("/api/v1/implementation/presentations", new Dictionary<string, object?>
        {
            ["givenOn"] = ApiSupport.Today,
            ["audienceKind"] = "OwnUnit",
            ["audience"] = "Team A",
            ["topic"] = "The map",
            ["presenter"] = "Tom Whitfield",
        });
        var assessment = await api.PostJsonAsync("/api/v1/implementation/continuum", AssessmentBody(ApiSupport.Today, ContinuumLevel.Proficient, "Supervisor"));
        var history = await api.GetAsync("/api/v1/implementation/continuum");
        var form = await pages.GetAsync(new Uri("/Implementation/Continuum/New", UriKind.Relative));
        var newPresentation = await pages.GetAsync(new Uri("/Implementation/Presentations/New", UriKind.Relative));

        await presentation.ProblemAsync(HttpStatusCode.Forbidden);
        await assessment.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.False((await history.ReadAsync<JsonElement>()).GetProperty("mayRecord").GetBoolean());
        Assert.Contains("/Account/AccessDenied", form.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/Account/AccessDenied", newPresentation.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
