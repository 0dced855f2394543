using System.Globalization;
using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;

namespace Lantern.Web.Tests.Plans;

public sealed class PlanTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static IEnumerable<string> Rules(JsonElement plan) => plan.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!);

    private async Task<(HttpClient Api, Guid CaseId, Guid Him, Guid Her, Guid Child)> FamilyAsync()
    {
        var api = await factory.ApiAsync("worker");
        var record = await api.NewCaseAsync();
        var him = await api.NewPersonAsync(record.Id, ParticipantRole.Perpetrator, "Wayne", "Booth");
        var her = await api.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Carla", "Booth");
        var child = await api.NewPersonAsync(record.Id, ParticipantRole.Child, "Kai", "Booth");
        return (api, record.Id, him.Id, her.Id, child.Id);
    }

    private static Dictionary<string, object?> Goal(Guid? person, string behaviour) => new()
    {
        ["personId"] = person,
        ["change"] = "Stop",
        ["behaviour"] = behaviour,
        ["purpose"] = "The harm it addresses.",
        ["successIndicator"] = "No threats reported by her, the school or Kai for three months.",
        ["measure"] = "Seen alone every two weeks.",
        ["verifiedBy"] = "The allocated worker",
        ["reviewOn"] = ApiSupport.Today.AddMonths(1),
    };

    [Fact]
    public async Task GetPlan_DemonstrationFamily_HasGoalsForEveryoneAndNoFindings()
    {
        var worker = await factory.ApiAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var mark = await factory.AuditMarkAsync();

        var plan = await (await worker.GetAsync($"/api/v1/cases/{caseId}/plan")).ReadAsync<JsonElement>();

        Assert.Equal(7, plan.GetProperty("goals").GetArrayLength());
        Assert.Empty(Rules(plan));
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.PlanViewed && e.CaseId == caseId);
    }

    [Fact]
    public async Task GetPlan_BadPlan_FindsTheCommonMistakes()
    {
        var worker = await factory.ApiAsync("worker");
        var caseId = await factory.CaseOfAsync("Fairley");

        var rules = Rules(await (await worker.GetAsync($"/api/v1/cases/{caseId}/plan")).ReadAsync<JsonElement>()).ToList();

        Assert.Contains("survivor-made-responsible", rules);
        Assert.Contains("service-only", rules);
        Assert.Contains("joint-goal", rules);
        Assert.Contains("child-without-goal", rules);
        Assert.Contains("no-review-date", rules);
        Assert.Contains("no-map-link", rules);
        Assert.Contains("conflicts-with-safety-plan", rules);
    }

    [Fact]
    public async Task PlanPage_ShowsTheFindingsBesideTheGoals()
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Fairley");

        var html = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Plan", UriKind.Relative));

        Assert.Contains("Leanne will ensure that Craig does not come to the house", html, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"survivor-made-responsible\"", html, StringComparison.Ordinal);
        Assert.Contains("Craig Fairley: changing his behaviour", html, StringComparison.Ordinal);
        Assert.Contains("Goals for more than one person", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckDraft_SurvivorMadeResponsible_ClearsWhenRewrittenAsPartnership()
    {
        var (api, caseId, _, her, _) = await FamilyAsync();

        var blaming = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/plan/check",
            Goal(her, "Carla will ensure Wayne does not see Kai."))).ReadAsync<JsonElement>();
        var partnership = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/plan/check",
            Goal(her, "Carla and the worker will review her safety plan together every month."))).ReadAsync<JsonElement>();

        Assert.Contains("survivor-made-responsible", Rules(blaming));
        Assert.DoesNotContain("survivor-made-responsible", Rules(partnership));
    }

    [Fact]
    public async Task GoalForm_CheckFromHtmx_ReturnsOnlyTheFindings()
    {
        var (_, caseId, _, her, _) = await FamilyAsync();
        var worker = await factory.SignedInAsync("worker");
        var page = $"/Cases/{caseId}/Plan/Goals/New";
        var token = await worker.AntiforgeryTokenAsync(page);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{page}?handler=Check", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Person"] = her.ToString(),
                ["Input.Behaviour"] = "Carla will not allow Wayne into the house.",
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("HX-Request", "true");

        var response = await worker.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"survivor-made-responsible\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddGoal_ThroughTheForm_StartsThePlanAndClearsHisFinding()
    {
        var (api, caseId, him, _, _) = await FamilyAsync();
        var worker = await factory.SignedInAsync("worker");
        var before = Rules(await (await api.GetAsync($"/api/v1/cases/{caseId}/plan")).ReadAsync<JsonElement>()).ToList();

        var response = await worker.PostFormAsync($"/Cases/{caseId}/Plan/Goals/New", new()
        {
            ["Input.Person"] = him.ToString(),
            ["Input.Change"] = "Stop",
            ["Input.Behaviour"] = "Wayne will stop threatening Carla by text.",
            ["Input.SuccessIndicator"] = "No threatening messages seen on her phone for three months.",
            ["Input.Measure"] = "Her phone checked with her at each visit.",
            ["Input.ReviewOn.Day"] = "1",
            ["Input.ReviewOn.Month"] = "2",
            ["Input.ReviewOn.Year"] = "2027",
        });
        var after = Rules(await (await api.GetAsync($"/api/v1/cases/{caseId}/plan")).ReadAsync<JsonElement>()).ToList();

        Assert.Contains("perpetrator-without-goal", before);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("perpetrator-without-goal", after);
    }

    [Fact]
    public async Task AddGoal_NoPersonOrBehaviour_ShowsFieldErrorsAndKeepsTheText()
    {
        var (_, caseId, _, _, _) = await FamilyAsync();
        var worker = await factory.SignedInAsync("worker");

        var response = await worker.PostFormAsync($"/Cases/{caseId}/Plan/Goals/New", new() { ["Input.Purpose"] = "Kai is frightened at night." });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose whose goal this is.", html, StringComparison.Ordinal);
        Assert.Contains("Describe the behaviour to stop, start or sustain.", html, StringComparison.Ordinal);
        Assert.Contains("Kai is frightened at night.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Goal_StaleUpdate409_DeleteNeedsVersion_OtherCaseMapEntry400()
    {
        var (api, caseId, him, _, _) = await FamilyAsync();
        var created = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/plan/goals", Goal(him, "Wayne will stop texting threats."))).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetUInt32();
        var calderEntry = (await (await api.GetAsync($"/api/v1/cases/{await factory.CaseOfAsync("Calder")}/map")).ReadAsync<JsonElement>())
            .GetProperty("coerciveControl").GetProperty("entries")[0].GetProperty("id").GetGuid();

        var first = new Dictionary<string, object?>(Goal(him, "First edit.")) { ["version"] = version };
        var stale = new Dictionary<string, object?>(Goal(him, "Stale edit.")) { ["version"] = version };
        var foreign = new Dictionary<string, object?>(Goal(him, "Linked elsewhere.")) { ["mapEntryIds"] = new[] { calderEntry } };

        await (await api.PutJsonAsync($"/api/v1/plan-goals/{id}", first)).ReadAsync<JsonElement>();
        await (await api.PutJsonAsync($"/api/v1/plan-goals/{id}", stale)).ProblemAsync(HttpStatusCode.Conflict);
        (await (await api.SendRawAsync(HttpMethod.Delete, $"/api/v1/plan-goals/{id}", null)).ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("version");
        (await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/plan/goals", foreign)).ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("mapEntryIds");
        var now = await (await api.GetAsync($"/api/v1/plan-goals/{id}")).ReadAsync<JsonElement>();
        Assert.Equal("First edit.", now.GetProperty("behaviour").GetString());
    }

    [Fact]
    public async Task Review_RecordsProgressAndMovesTheNextReview_OverdueGoalsShowOnTheCaseload()
    {
        var (api, caseId, him, _, _) = await FamilyAsync();
        var overdueGoal = new Dictionary<string, object?>(Goal(him, "Wayne will stop following Carla.")) { ["reviewOn"] = ApiSupport.Today.AddDays(-3) };
        var goal = await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/plan/goals", overdueGoal)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var reference = (await (await api.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync<JsonElement>()).GetProperty("reference").GetString()!;
        var worker = await factory.SignedInAsync("worker");

        var caseload = await worker.GetStringAsync(new Uri("/", UriKind.Relative));
        var review = await api.PostJsonAsync($"/api/v1/cases/{caseId}/plan/reviews", new
        {
            reviewedOn = ApiSupport.Today,
            summary = "Reviewed with Carla alone.",
            nextReviewOn = ApiSupport.Today.AddMonths(2),
            progress = new[] { new { goalId = goal.GetProperty("id").GetGuid(), status = "Met", note = "No following reported by her or the police." } },
        });
        var plan = await (await api.GetAsync($"/api/v1/cases/{caseId}/plan")).ReadAsync<JsonElement>();
        var caseloadAfter = await worker.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Plans past their review date", caseload, StringComparison.Ordinal);
        Assert.Contains(reference, caseload, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, review.StatusCode);
        Assert.Equal("Met", plan.GetProperty("goals")[0].GetProperty("status").GetString());
        Assert.Equal(ApiSupport.Today.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), plan.GetProperty("nextReviewOn").GetString());
        Assert.Equal(1, plan.GetProperty("reviews").GetArrayLength());
        Assert.DoesNotContain("Plans past their review date", caseloadAfter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_NextBeforeThisOne_Answers400()
    {
        var (api, caseId, him, _, _) = await FamilyAsync();
        await (await api.PostJsonAsync($"/api/v1/cases/{caseId}/plan/goals", Goal(him, "Wayne will stop shouting."))).ReadAsync<JsonElement>(HttpStatusCode.Created);

        var response = await api.PostJsonAsync($"/api/v1/cases/{caseId}/plan/reviews", new { reviewedOn = ApiSupport.Today, nextReviewOn = ApiSupport.Today.AddDays(-1) });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("nextReviewOn");
    }

    [Fact]
    public async Task OtherTeamsCase_PlanRoutesAnswer404AndAreAudited_ReviewerCannotWrite()
    {
        var worker = await factory.ApiAsync("worker");
        var reviewer = await factory.ApiAsync("reviewer");
        var teamB = await factory.TeamBCaseAsync();
        var calder = await factory.CaseOfAsync("Calder");
        var gavin = await factory.PersonAsync("Gavin", "Calder");
        var mark = await factory.AuditMarkAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/v1/cases/{teamB}/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostJsonAsync($"/api/v1/cases/{teamB}/plan/goals", Goal(null, "Anything."))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostJsonAsync($"/api/v1/cases/{teamB}/plan/check", Goal(null, "Anything."))).StatusCode);
        await factory.AssertDeniedAsync(mark, "worker", caseId: teamB);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/v1/cases/{calder}/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostJsonAsync($"/api/v1/cases/{calder}/plan/goals", Goal(gavin, "Anything."))).StatusCode);
    }

    [Fact]
    public async Task Print_PerPerson_PutsEachPersonOnTheirOwnPageWithoutTheChecker()
    {
        var worker = await factory.SignedInAsync("worker");
        var caseId = await factory.CaseOfAsync("Fairley");

        var html = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Plan/Print?perPerson=true", UriKind.Relative));

        Assert.Contains("lantern-plan-print__person--own-page", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-rule=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Edit\"", html, StringComparison.Ordinal);
    }
}
