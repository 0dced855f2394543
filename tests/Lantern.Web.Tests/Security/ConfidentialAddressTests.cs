using System.Net;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// A survivor's safe address, seeded with a unique canary string, must reach only a permitted viewer who asks
/// for it — never a list, a search, an error page, the API without the permission, or the application logs.
/// </summary>
public sealed class ConfidentialAddressTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private async Task<(Guid CaseId, Guid PersonId, string Canary)> ArrangeAsync()
    {
        var caseId = await factory.CaseOfAsync("Moss");
        var (personId, canary) = await factory.AddCanaryPersonAsync(caseId);
        return (caseId, personId, canary);
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("reviewer")]
    [InlineData("colleague")]
    [InlineData("advocate")]
    public async Task EveryPageAndApiResponse_UserWithoutPermission_NeverCarriesTheAddress(string userName)
    {
        var (caseId, personId, canary) = await ArrangeAsync();
        var pages = await factory.SignedInAsync(userName);
        var api = await factory.ApiAsync(userName);
        string[] pageUrls =
        [
            "/", "/Cases", "/Cases?search=Harbour", $"/Cases?search={canary}", $"/Cases/{caseId}", $"/People/{personId}",
            $"/People/{personId}?showAddress=true", $"/People/{personId}/Edit", $"/Cases/{caseId}/Edit", "/Cases/not-a-guid", $"/People/{Guid.NewGuid()}",
        ];
        string[] apiUrls =
        [
            "/api/v1/cases", $"/api/v1/cases?search={canary}", $"/api/v1/cases/{caseId}", $"/api/v1/people/{personId}",
            $"/api/v1/people/{personId}?includeConfidentialAddress=true", "/api/v1/people?name=Harbour", $"/api/v1/cases/{caseId}/participants",
        ];

        foreach (var url in pageUrls)
        {
            var body = await (await pages.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync();
            Assert.DoesNotContain(canary, body, StringComparison.Ordinal);
        }

        foreach (var url in apiUrls)
        {
            var body = await (await api.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync();
            Assert.DoesNotContain(canary, body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PersonPage_PermittedWorkerAsksToSeeIt_ShowsTheAddressAndAuditsTheView()
    {
        var (_, personId, canary) = await ArrangeAsync();
        var worker = await factory.SignedInAsync("worker");

        var hidden = await worker.GetStringAsync(new Uri($"/People/{personId}", UriKind.Relative));
        var shown = await worker.GetAsync(new Uri($"/People/{personId}?showAddress=true", UriKind.Relative));

        Assert.DoesNotContain(canary, hidden, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains(canary, await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var views = await factory.WithSystemDbAsync(db => db.AuditEvents
            .Where(e => e.PersonId == personId && e.Action == AuditAction.ConfidentialAddressViewed).ToListAsync());
        var view = Assert.Single(views);
        Assert.Equal("Practitioner", view.Role);
        Assert.NotNull(view.UserId);
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_PermittedWorkerAsksForIt_GetsTheAddressAndTheViewIsAudited()
    {
        var (_, personId, canary) = await ArrangeAsync();
        var api = await factory.ApiAsync("worker");

        var plain = await api.GetStringAsync(new Uri($"/api/v1/people/{personId}", UriKind.Relative));
        var asked = await api.GetStringAsync(new Uri($"/api/v1/people/{personId}?includeConfidentialAddress=true", UriKind.Relative));

        Assert.DoesNotContain(canary, plain, StringComparison.Ordinal);
        Assert.Contains(canary, asked, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithSystemDbAsync(db => db.AuditEvents
            .CountAsync(e => e.PersonId == personId && e.Action == AuditAction.ConfidentialAddressViewed)));
    }
}
