using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Reviews;

/// <summary>
/// Case reviews through the API and pages: pre-scores read from the record with their evidence, the reviewer confirming
/// or changing them (a change needs a reason), stale saves refused, random samples that a seed repeats, who may review,
/// and the audit of each step.
/// </summary>
public sealed class ReviewTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static readonly string[] Criteria =
    [
        "PartnershipWithSurvivor", "InterventionWithPerpetrator", "ChildrenSafeAndTogether", "CoerciveControlPattern",
        "PerpetratorHarmToChildren", "ProtectiveEfforts", "ImpactOnChildren", "IntersectingFactors",
    ];

    [Fact]
    public async Task Calder_FullyMapped_PreScoresHisPatternClearlyEvident_WithEvidenceFromItsMap()
    {
        var reviewer = await factory.ApiAsync("reviewer");
        var caseId = await factory.CaseOfAsync("Calder");
        var mapEntries = await factory.WithSystemDbAsync(db => db.MapEntries.Where(e => e.CaseId == caseId && e.Component == Practice.Mapping.MapComponent.CoerciveControl)
            .Select(e => e.Id).ToListAsync());

        var review = await (await reviewer.PostJsonAsync($"/api/v1/cases/{caseId}/reviews", new { })).ReadAsync<JsonElement>(HttpStatusCode.Created);

        var criteria = review.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(Criteria, criteria.Select(c => c.GetProperty("criterion").GetString()));
        var pattern = criteria.Single(c => c.GetProperty("criterion").GetString() == "CoerciveControlPattern");
        Assert.Equal("ClearlyEvident", pattern.GetProperty("preScore").GetString());
        var evidence = pattern.GetProperty("reasons").EnumerateArray().SelectMany(r => r.GetProperty("evidence").EnumerateArray())
            .Where(e => e.GetProperty("kind").GetString() == "MapEntry").Select(e => e.GetProperty("id").GetGuid()).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, id => Assert.Contains(id, mapEntries));
        Assert.All(criteria, c => Assert.NotEmpty(c.GetProperty("reasons").EnumerateArray()));
        Assert.Equal("InProgress", review.GetProperty("status").GetString());
        // Started here, or by a sample drawn earlier in this class (starting again continues the review in progress).
        var audit = await factory.AuditSinceAsync(0);
        Assert.Contains(audit, e => e.Action == AuditAction.CaseReviewStarted && e.CaseId == caseId && e.SubjectId == review.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task NewCase_WithNothingRecorded_PreScoresEveryCriterionNotEvident_SayingWhatIsMissing()
    {
        var worker = await factory.ApiAsync("worker");
        var reviewer = await factory.ApiAsync("reviewer");
        var created = await worker.NewCaseAsync();

        var review = await (await reviewer.PostJsonAsync($"/api/v1/cases/{created.Id}/reviews", new { })).ReadAsync<JsonElement>(HttpStatusCode.Created);

        Assert.All(review.GetProperty("criteria").EnumerateArray(), c =>
        {
            Assert.Equal("NotEvident", c.GetProperty("preScore").GetString());
            Assert.Contains(c.GetProperty("reasons").EnumerateArray(), r => !r.GetProperty("supports").GetBoolean() && r.GetProperty("text").GetString()!.Length > 20);
        });
    }

    [Fact]
    public async Task Confirming_ChangedRatingWithoutReason_Answers400NamingIt_WithReasonConfirms_ThenTheReviewIsClosed()
    {
        var worker = await factory.ApiAsync("worker");
        var reviewer = await factory.ApiAsync("reviewer");
        var created = await worker.NewCaseAsync();
        var review = await (await reviewer.PostJsonAsync($"/api/v1/cases/{created.Id}/reviews", new { })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = review.GetProperty("id").GetGuid();
        var version = review.GetProperty("version").GetUInt32();
        object[] Ratings(string? reason) => [.. Criteria.Select((c, i) => new { criterion = c, rating = i == 0 ? "PartlyEvident" : "NotEvident", changeReason = i == 0 ? reason : null })];

        var incomplete = await reviewer.PutJsonAsync($"/api/v1/reviews/{id}", new { version, confirm = true, criteria = Ratings(null) });
        (await incomplete.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("Criteria[0].ChangeReason");
        var mark = await factory.AuditMarkAsync();
        var confirmed = await (await reviewer.PutJsonAsync($"/api/v1/reviews/{id}", new
        {
            version,
            confirm = true,
            summary = "Early days: the worker has met the mother once.",
            criteria = Ratings("The worker met the mother at the office; the note is on the paper file."),
        })).ReadAsync<JsonElement>();
        var again = await reviewer.PutJsonAsync($"/api/v1/reviews/{id}", new { version = confirmed.GetProperty("version").GetUInt32(), confirm = true, criteria = Ratings("Changed my mind.") });

        Assert.Equal("Confirmed", confirmed.GetProperty("status").GetString());
        var first = confirmed.GetProperty("criteria")[0];
        Assert.Equal("PartlyEvident", first.GetProperty("rating").GetString());
        Assert.Equal("NotEvident", first.GetProperty("preScore").GetString());
        Assert.Equal("The worker met the mother at the office; the note is on the paper file.", first.GetProperty("changeReason").GetString());
        await again.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.CaseReviewConfirmed && e.CaseId == created.Id && e.Detail == "changed=1");
        var stored = await factory.WithSystemDbAsync(db => db.CaseReviews.Where(r => r.Id == id).Select(r => r.ConfirmedOn).SingleAsync());
        Assert.Equal(ApiSupport.Today, stored);
    }

    [Fact]
    public async Task TwoReviewersSaving_FromTheSameVersion_TheSecondGets409_AndTheFirstStands()
    {
        var worker = await factory.ApiAsync("worker");
        var reviewer = await factory.ApiAsync("reviewer");
        var manager = await factory.ApiAsync("manager");
        var created = await worker.NewCaseAsync();
        var review = await (await reviewer.PostJsonAsync($"/api/v1/cases/{created.Id}/reviews", new { })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = review.GetProperty("id").GetGuid();
        var version = review.GetProperty("version").GetUInt32();

        var first = await reviewer.PutJsonAsync($"/api/v1/reviews/{id}", new { version, criteria = new[] { new { criterion = "ProtectiveEfforts", rating = "NotEvident" } }, summary = "First" });
        var second = await manager.PutJsonAsync($"/api/v1/reviews/{id}", new { version, criteria = new[] { new { criterion = "ProtectiveEfforts", rating = "NotEvident" } }, summary = "Second" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await second.ProblemAsync(HttpStatusCode.Conflict);
        var now = await (await reviewer.GetAsync($"/api/v1/reviews/{id}")).ReadAsync<JsonElement>();
        Assert.Equal("First", now.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Sample_TheSameSeedDrawsTheSameCases_NeverMoreThanAreEligible_AndIsAudited()
    {
        var reviewer = await factory.ApiAsync("reviewer");
        var teamA = await factory.WithSystemDbAsync(db => db.Users.Where(u => u.UserName == "worker").Select(u => u.TeamId!.Value).SingleAsync());
        var body = new { teamId = teamA, periodFrom = ApiSupport.Today.AddYears(-2), periodTo = ApiSupport.Today, size = 3, seed = 4242 };
        var eligible = await factory.WithSystemDbAsync(db => db.Cases.CountAsync(c => c.TeamId == teamA && c.Status != Core.Cases.CaseStatus.Intake));
        var mark = await factory.AuditMarkAsync();

        var one = await (await reviewer.PostJsonAsync("/api/v1/review-samples", body)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var two = await (await reviewer.PostJsonAsync("/api/v1/review-samples", body)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var all = await (await reviewer.PostJsonAsync("/api/v1/review-samples", body with { size = 100 })).ReadAsync<JsonElement>(HttpStatusCode.Created);

        static List<Guid> Cases(JsonElement sample) => [.. sample.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("caseId").GetGuid()).Order()];
        Assert.Equal(3, Cases(one).Count);
        Assert.Equal(Cases(one), Cases(two));
        Assert.Equal(eligible, all.GetProperty("sample").GetProperty("eligible").GetInt32());
        Assert.Equal(eligible, Cases(all).Count);
        Assert.Equal(eligible, Cases(all).Distinct().Count());
        var teamCases = await factory.WithSystemDbAsync(db => db.Cases.Where(c => c.TeamId == teamA).Select(c => c.Id).ToListAsync());
        Assert.All(Cases(all), c => Assert.Contains(c, teamCases));
        var audit = await factory.AuditSinceAsync(mark);
        Assert.Equal(3, audit.Count(e => e.Action == AuditAction.ReviewSampleDrawn));
        Assert.Contains(audit, e => e.Action == AuditAction.ReviewSampleDrawn && e.Detail!.Contains("seed=4242", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sample_BadPeriod_Answers400NamingTheField()
    {
        var reviewer = await factory.ApiAsync("reviewer");

        var backwards = await reviewer.PostJsonAsync("/api/v1/review-samples", new { periodFrom = ApiSupport.Today, periodTo = ApiSupport.Today.AddDays(-10), size = 5 });
        var tooMany = await reviewer.PostJsonAsync("/api/v1/review-samples", new { periodFrom = ApiSupport.Today.AddDays(-10), periodTo = ApiSupport.Today, size = 1000 });

        (await backwards.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("PeriodTo");
        (await tooMany.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("Size");
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("advocate")]
    [InlineData("officer")]
    [InlineData("admin")]
    public async Task OnlyReviewersManagersAndSupervisors_MayReview(string userName)
    {
        var client = await factory.ApiAsync(userName);
        var caseId = await factory.CaseOfAsync("Calder");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/review-samples")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync($"/api/v1/cases/{caseId}/reviews", new { })).StatusCode);
    }

    [Fact]
    public async Task Supervisor_CannotReviewAnotherTeamsCase_ItIsNotFound()
    {
        var supervisor = await factory.ApiAsync("supervisor");
        var teamB = await factory.TeamBCaseAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostJsonAsync($"/api/v1/cases/{teamB}/reviews", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/v1/cases/{teamB}/reviews")).StatusCode);
    }

    [Fact]
    public async Task ReviewPage_ConfirmWithAChangeAndNoReason_ShowsTheFieldError_AndKeepsWhatWasChosen()
    {
        var worker = await factory.ApiAsync("worker");
        var created = await worker.NewCaseAsync();
        var browser = await factory.SignedInAsync("reviewer");
        var start = await browser.PostFormAsync($"/Reviews/Cases/{created.Id}", [], $"/Reviews/Cases/{created.Id}");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var url = start.Headers.Location!.OriginalString;
        var page = await browser.GetStringAsync(new Uri(url, UriKind.Relative));
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var fields = new Dictionary<string, string> { ["Input.Version"] = version, ["Input.Summary"] = "Kept summary text" };
        for (var i = 0; i < Criteria.Length; i++)
        {
            fields[$"Input.Criteria[{i}].Criterion"] = Criteria[i];
            fields[$"Input.Criteria[{i}].Rating"] = i == 5 ? "ClearlyEvident" : "NotEvident";
        }

        var response = await browser.PostFormAsync($"{url}?handler=Confirm", fields, url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Error: Review of case", html, StringComparison.Ordinal);
        Assert.Contains("is rated differently from the pre-score", html, StringComparison.Ordinal);
        Assert.Contains("Kept summary text", html, StringComparison.Ordinal);
        var chosen = System.Text.RegularExpressions.Regex.Matches(html, "<input[^>]*name=\"Input.Criteria\\[5\\].Rating\"[^>]*>").Select(m => m.Value).ToList();
        Assert.Equal(3, chosen.Count);
        Assert.Contains("checked", Assert.Single(chosen, i => i.Contains("value=\"ClearlyEvident\"", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.All(chosen.Where(i => !i.Contains("value=\"ClearlyEvident\"", StringComparison.Ordinal)), i => Assert.DoesNotContain("checked", i, StringComparison.Ordinal));
        var status = await factory.WithSystemDbAsync(db => db.CaseReviews.Where(r => r.CaseId == created.Id).Select(r => r.Status).SingleAsync());
        Assert.Equal(Core.Reviews.CaseReviewStatus.InProgress, status);
    }
}
