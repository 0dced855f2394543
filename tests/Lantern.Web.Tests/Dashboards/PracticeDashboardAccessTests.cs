using System.Net;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;
using static Lantern.Web.Tests.Dashboards.DashboardFactory;

namespace Lantern.Web.Tests.Dashboards;

/// <summary>
/// Who may see the practice dashboard: supervisors (their own team only), managers and reviewers (the agency or any of
/// its teams); practitioners and partner agencies' practitioners are refused on the page, its downloads and the API.
/// Bad periods are 400 with problem details naming the field.
/// </summary>
public sealed class PracticeDashboardAccessTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    /// <summary>A page refused to a signed-in user: the access-denied page (a 403 at the page is turned into it).</summary>
    private static void AssertRefused(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal),
            $"Expected the access-denied page, got {(int)response.StatusCode} {response.Headers.Location}");

    [Theory]
    [InlineData("dash-worker")]
    [InlineData("worker")]
    [InlineData("advocate")]
    [InlineData("officer")]
    public async Task PageCsvAndApi_ForAPractitionerOrAPartner_Are403(string user)
    {
        var client = await factory.SignedInAsync(user);
        var api = await factory.ApiAsync(user);

        var page = await client.GetAsync(new Uri("/Dashboards/Practice", UriKind.Relative));
        var csv = await client.GetAsync(new Uri("/Dashboards/Practice?handler=Csv&table=screening", UriKind.Relative));
        var json = await api.GetAsync("/api/v1/dashboards/practice");

        AssertRefused(page);
        AssertRefused(csv);
        Assert.Equal(HttpStatusCode.Forbidden, json.StatusCode);
    }

    [Fact]
    public async Task Api_WithACookieInsteadOfABearerToken_IsRefused()
    {
        var client = await factory.SignedInAsync("dash-manager");

        var response = await client.GetAsync(new Uri("/api/v1/dashboards/practice", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SupervisorOfNorth_AskingForSouth_Is403_OnPageCsvAndApi_AndTheAttemptIsAudited()
    {
        var client = await factory.SignedInAsync("dash-sup-north");
        var api = await factory.ApiAsync("dash-sup-north");
        var supervisor = await factory.UserIdAsync("dash-sup-north");
        var mark = await factory.AuditMarkAsync();

        var page = await client.GetAsync(new Uri($"/Dashboards/Practice?teamId={factory.SouthId}", UriKind.Relative));
        var csv = await client.GetAsync(new Uri($"/Dashboards/Practice?handler=Csv&table=gaps&teamId={factory.SouthId}", UriKind.Relative));
        var json = await api.GetAsync($"/api/v1/dashboards/practice?teamId={factory.SouthId}");
        var own = await api.GetAsync($"/api/v1/dashboards/practice?teamId={factory.NorthId}");
        var audit = await factory.AuditSinceAsync(mark);

        AssertRefused(page);
        AssertRefused(csv);
        await json.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(3, audit.Count(e => e.Action == AuditAction.AccessDenied && e.Outcome == AuditOutcome.Denied && e.UserId == supervisor
            && e.Detail!.EndsWith($";team={factory.SouthId}", StringComparison.Ordinal)));
        Assert.DoesNotContain(audit, e => e.Action is AuditAction.DashboardViewed or AuditAction.DashboardExported && e.Detail!.Contains(factory.SouthId.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SupervisorOfSouth_SeesSouthByDefault_AndCannotChooseTheWholeAgency()
    {
        var client = await factory.SignedInAsync("dash-sup-south");

        var html = await (await client.GetAsync(new Uri("/Dashboards/Practice?" + Period, UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("<strong>Team South</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("The whole agency", html, StringComparison.Ordinal);
        Assert.DoesNotContain(North, html, StringComparison.Ordinal);
        Assert.Contains("Supervisors see their own team.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSupervisor_SeesTheDemonstrationTeam_NotTheOtherAgency()
    {
        var html = await (await (await factory.SignedInAsync("supervisor")).GetAsync(new Uri("/Dashboards/Practice", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Contains("<strong>Family Safety Team A</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(North, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manager_AskingForAnotherAgencysTeam_Is400NamingTeamId()
    {
        var api = await factory.ApiAsync("manager"); // the demonstration agency's manager
        var problem = await (await api.GetAsync($"/api/v1/dashboards/practice?teamId={factory.NorthId}")).ProblemAsync(HttpStatusCode.BadRequest);

        problem.AssertNamesField("teamId");
    }

    [Theory]
    [InlineData("from=2026-03-01&to=2026-02-01", "to")]
    [InlineData("from=2019-01-01&to=2026-01-02", "from")]
    [InlineData("from=2026-02-30", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2999-01-01", "from")]
    [InlineData("teamId=42", "teamId")]
    public async Task Api_BadFilters_Are400WithProblemDetailsNamingTheField(string query, string field)
    {
        var api = await factory.ApiAsync("dash-manager");
        var mark = await factory.AuditMarkAsync();

        var problem = await (await api.GetAsync("/api/v1/dashboards/practice?" + query)).ProblemAsync(HttpStatusCode.BadRequest);
        var audit = await factory.AuditSinceAsync(mark);

        problem.AssertNamesField(field);
        Assert.DoesNotContain(audit, e => e.Action == AuditAction.DashboardViewed);
    }
}
