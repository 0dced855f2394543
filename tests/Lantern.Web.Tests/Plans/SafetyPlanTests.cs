using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;

namespace Lantern.Web.Tests.Plans;

/// <summary>
/// A safety plan is seen only by the case's allocated worker, her supervisor and people they name. Each test writes
/// a plan carrying a unique canary string and checks every surface a user could reach.
/// </summary>
public sealed class SafetyPlanTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static string NewCanary() => "CANARY-" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();

    /// <summary>A safety plan for Morag Calder written by the allocated worker, with a canary in every field.</summary>
    private async Task<(Guid CaseId, Guid PlanId, string Canary)> CalderSafetyPlanAsync()
    {
        var worker = await factory.ApiAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var morag = await factory.PersonAsync("Morag", "Calder");
        var canary = NewCanary();
        var created = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/safety-plans", new
        {
            personId = morag,
            strategies = $"Strategy {canary}",
            safePeople = $"People {canary}",
            safePlaces = $"Places {canary}",
            codeWords = $"Word {canary}",
            whatToDoWhen = $"When {canary}",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return (caseId, created.GetProperty("id").GetGuid(), canary);
    }

    /// <summary>Every page and API read a user of the case might make, as text.</summary>
    private static async Task<string> EverythingAsync(HttpClient pages, HttpClient api, Guid caseId, Guid planId, string canary)
    {
        var urls = new[]
        {
            $"/Cases/{caseId}", $"/Cases/{caseId}/Plan", $"/Cases/{caseId}/Plan/Print", $"/Cases/{caseId}/Plan/Print?safetyPlans=true&perPerson=true",
            $"/Cases/{caseId}/SafetyPlans", $"/SafetyPlans/{planId}", $"/SafetyPlans/{planId}/Edit", $"/Cases/{caseId}/Map", $"/Cases/{caseId}/Chronology",
            $"/Cases/{caseId}/Notes", "/", "/Cases", "/Plans/Overdue", $"/Cases?search={canary}", $"/Cases?search=Word+{canary}",
        };
        var apiUrls = new[]
        {
            $"/api/v1/cases/{caseId}", $"/api/v1/cases/{caseId}/plan", $"/api/v1/cases/{caseId}/safety-plans", $"/api/v1/safety-plans/{planId}",
            $"/api/v1/cases/{caseId}/map", $"/api/v1/cases?search={canary}",
        };
        var text = new System.Text.StringBuilder();
        foreach (var url in urls)
        {
            text.Append(await (await pages.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync());
        }

        foreach (var url in apiUrls)
        {
            text.Append(await (await api.GetAsync(url)).Content.ReadAsStringAsync());
        }

        return text.ToString();
    }

    [Fact]
    public async Task AllocatedWorkerAndSupervisor_SeeIt_AndEachViewIsAudited()
    {
        var (caseId, planId, canary) = await CalderSafetyPlanAsync();
        var worker = await factory.SignedInAsync("worker");
        var supervisor = await factory.SignedInAsync("supervisor");
        var mark = await factory.AuditMarkAsync();

        var workers = await worker.GetStringAsync(new Uri($"/SafetyPlans/{planId}", UriKind.Relative));
        var supervisors = await supervisor.GetStringAsync(new Uri($"/SafetyPlans/{planId}", UriKind.Relative));

        Assert.Contains($"Word {canary}", workers, StringComparison.Ordinal);
        Assert.Contains($"Word {canary}", supervisors, StringComparison.Ordinal);
        var rows = await factory.AuditSinceAsync(mark);
        Assert.Equal(2, rows.Count(e => e.Action == AuditAction.SafetyPlanViewed && e.SubjectId == planId && e.CaseId == caseId));
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("reviewer")]
    [InlineData("colleague")]
    [InlineData("teacher")]
    public async Task AnyoneElse_NeverSeesItOnAnySurface_NorInTheLogs(string userName)
    {
        var (caseId, planId, canary) = await CalderSafetyPlanAsync();
        var pages = await factory.SignedInAsync(userName);
        var api = await factory.ApiAsync(userName);
        var mark = await factory.AuditMarkAsync();

        var everything = await EverythingAsync(pages, api, caseId, planId, canary);
        var direct = await pages.GetAsync(new Uri($"/SafetyPlans/{planId}", UriKind.Relative));
        var directApi = await api.GetAsync($"/api/v1/safety-plans/{planId}");

        Assert.DoesNotContain(canary, everything, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, directApi.StatusCode);
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal));
        var userId = await factory.UserIdAsync(userName);
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.AccessDenied && e.SubjectId == planId && e.UserId == userId);
    }

    [Fact]
    public async Task Manager_SeesTheCaseButNotThatASafetyPlanExists()
    {
        var (caseId, _, _) = await CalderSafetyPlanAsync();
        var manager = await factory.ApiAsync("manager");

        var list = await (await manager.GetAsync($"/api/v1/cases/{caseId}/safety-plans")).ReadAsync<List<JsonElement>>();
        var plan = await (await manager.GetAsync($"/api/v1/cases/{caseId}/plan")).ReadAsync<JsonElement>();

        Assert.Empty(list);
        Assert.Equal(0, plan.GetProperty("safetyPlans").GetArrayLength());
    }

    [Fact]
    public async Task Grant_LetsANamedColleagueSee_AndRevokingStopsItAtOnce()
    {
        var (_, planId, canary) = await CalderSafetyPlanAsync();
        var worker = await factory.ApiAsync("worker");
        var manager = await factory.SignedInAsync("manager");
        var managerId = await factory.UserIdAsync("manager");

        var granted = await worker.PostJsonAsync($"/api/v1/safety-plans/{planId}/grants", new { userId = managerId, reason = "Chairing the strategy meeting." });
        var seen = await manager.GetStringAsync(new Uri($"/SafetyPlans/{planId}", UriKind.Relative));
        var plan = await (await worker.GetAsync($"/api/v1/safety-plans/{planId}")).ReadAsync<JsonElement>();
        var grantId = plan.GetProperty("grants").EnumerateArray().Single(g => g.GetProperty("userId").GetGuid() == managerId).GetProperty("id").GetGuid();
        var revoked = await worker.SendRawAsync(HttpMethod.Delete, $"/api/v1/safety-plans/{planId}/grants/{grantId}", null);
        var after = await manager.GetAsync(new Uri($"/SafetyPlans/{planId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
        Assert.Contains($"Word {canary}", seen, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task GrantHolder_MaySeeButNotPassItOn()
    {
        var (_, planId, _) = await CalderSafetyPlanAsync();
        var worker = await factory.ApiAsync("worker");
        var manager = await factory.ApiAsync("manager");
        await worker.PostJsonAsync($"/api/v1/safety-plans/{planId}/grants", new { userId = await factory.UserIdAsync("manager"), reason = "Case conference." });

        var passOn = await manager.PostJsonAsync($"/api/v1/safety-plans/{planId}/grants", new { userId = await factory.UserIdAsync("reviewer"), reason = "Curious." });
        var managerId = await factory.UserIdAsync("manager");
        var grantId = (await (await worker.GetAsync($"/api/v1/safety-plans/{planId}")).ReadAsync<JsonElement>())
            .GetProperty("grants").EnumerateArray().Single(g => g.GetProperty("userId").GetGuid() == managerId).GetProperty("id").GetGuid();
        var revoked = await worker.SendRawAsync(HttpMethod.Delete, $"/api/v1/safety-plans/{planId}/grants/{grantId}", null);

        Assert.Equal(HttpStatusCode.Forbidden, passOn.StatusCode);

        // The other tests in this class read the manager's view without grants.
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
    }

    [Fact]
    public async Task Print_LeavesSafetyPlansOutUnlessAskedForBySomeoneAllowed()
    {
        var (caseId, _, canary) = await CalderSafetyPlanAsync();
        var worker = await factory.SignedInAsync("worker");

        var plain = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Plan/Print", UriKind.Relative));
        var asked = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Plan/Print?safetyPlans=true", UriKind.Relative));

        Assert.DoesNotContain(canary, plain, StringComparison.Ordinal);
        Assert.Contains(canary, asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ForThePerpetrator_IsRefusedWithAFieldError()
    {
        var worker = await factory.ApiAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var gavin = await factory.PersonAsync("Gavin", "Calder");

        var response = await worker.PostJsonAsync($"/api/v1/cases/{caseId}/safety-plans", new { personId = gavin, strategies = "Anything." });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("personId");
    }

    [Fact]
    public async Task Edit_SomeoneSavedFirst_Answers409()
    {
        var (_, planId, _) = await CalderSafetyPlanAsync();
        var worker = await factory.ApiAsync("worker");
        var morag = await factory.PersonAsync("Morag", "Calder");
        var plan = await (await worker.GetAsync($"/api/v1/safety-plans/{planId}")).ReadAsync<JsonElement>();
        var version = plan.GetProperty("version").GetUInt32();

        await (await worker.PutJsonAsync($"/api/v1/safety-plans/{planId}", new { personId = morag, strategies = "First.", version })).ReadAsync<JsonElement>();
        var stale = await worker.PutJsonAsync($"/api/v1/safety-plans/{planId}", new { personId = morag, strategies = "Second.", version });

        await stale.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task SafetyPlanPages_AnotherTeamsPractitioner_CannotWriteOne()
    {
        var colleague = await factory.SignedInAsync("colleague");
        var caseId = await factory.CaseOfAsync("Calder");

        var response = await colleague.GetAsync(new Uri($"/Cases/{caseId}/SafetyPlans/New", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
