using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lantern.Core.Agencies;
using Lantern.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Assurance.Tests.Security;

/// <summary>
/// Issue 9, part 4: taking access away bites on the very next request, through a session cookie and through an API token
/// issued before the change alike: a disabled account, a removed role, withdrawn consent, a suspended agreement.
/// </summary>
public sealed class RevocationTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [Fact]
    public async Task DisablingAnAccount_RefusesItsCookieAndTokenOnTheNextRequest()
    {
        var (pages, api) = await SessionsAsync("reviewer");
        var calder = await factory.CaseOfAsync("Calder");
        await AssertAllowedAsync(pages, api, $"/Cases/{calder}", $"/api/v1/cases/{calder}");

        var admin = await factory.SignedInAsync("admin");
        var reviewer = await factory.WithSystemDbAsync(db => db.Users.Where(u => u.UserName == "reviewer").Select(u => u.Id).SingleAsync());
        var disable = await admin.PostFormAsync("/Admin/Users?handler=Disable", new() { ["userId"] = reviewer.ToString() }, "/Admin/Users");

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        await AssertSignedOutAsync(pages, api, $"/Cases/{calder}", $"/api/v1/cases/{calder}");
    }

    [Fact]
    public async Task RemovingARole_RefusesWhatTheRoleGaveOnTheNextRequest()
    {
        var (pages, api) = await SessionsAsync("colleague");
        await AssertAllowedAsync(pages, api, "/Cases", "/api/v1/cases");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>();
            var colleague = (await users.FindByNameAsync("colleague"))!;
            Assert.True((await users.RemoveFromRoleAsync(colleague, LanternRoles.Practitioner)).Succeeded);
        }

        var page = await pages.GetAsync(new Uri("/Cases", UriKind.Relative));
        var call = await api.GetAsync(new Uri("/api/v1/cases", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.DoesNotContain("/Cases", page.Headers.Location!.OriginalString.Split('?')[0], StringComparison.Ordinal);
        Assert.True(call.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"The API answered {(int)call.StatusCode}.");
    }

    [Fact]
    public async Task WithdrawingConsent_HidesTheCaseFromThePartnerOnTheNextRequest()
    {
        var worker = await factory.ApiAsync("worker");
        var created = await (await worker.PostAsJsonAsync("/api/v1/cases", new { presentingConcerns = "A neighbour heard shouting and a child crying." })).Content.ReadFromJsonAsync<JsonObject>();
        var caseId = created!["id"]!.GetValue<Guid>();
        var survivor = await (await worker.PostAsJsonAsync("/api/v1/people", new { caseId, role = "Survivor", givenName = "Tanya", familyName = "Ridley" })).Content.ReadFromJsonAsync<JsonObject>();
        var workerPages = await factory.SignedInAsync("worker");
        var share = await workerPages.PostFormAsync($"/Cases/{caseId}/Sharing", new()
        {
            ["Input.Partner"] = $"{await AgreementAsync()}|{await factory.WithSystemDbAsync(db => db.Agencies.Where(a => a.Name == "Harbour Domestic Abuse Service").Select(a => a.Id).SingleAsync())}",
            ["Input.ConsentGivenBy"] = survivor!["id"]!.GetValue<Guid>().ToString(),
            ["Input.ConsentScope"] = "Her advocate may see the map.",
            ["Input.ConsentGivenOn.Day"] = "20",
            ["Input.ConsentGivenOn.Month"] = "11",
            ["Input.ConsentGivenOn.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, share.StatusCode);
        var (pages, api) = await SessionsAsync("advocate");
        await AssertAllowedAsync(pages, api, $"/Cases/{caseId}", $"/api/v1/cases/{caseId}");

        var consentId = await factory.WithSystemDbAsync(db => db.Consents.Where(c => c.CaseId == caseId).Select(c => c.Id).SingleAsync());
        var withdraw = await workerPages.PostFormAsync($"/Cases/{caseId}/Sharing?handler=Withdraw", new() { ["consentId"] = consentId.ToString() }, $"/Cases/{caseId}/Sharing");

        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        await AssertNotFoundAsync(pages, api, $"/Cases/{caseId}", $"/api/v1/cases/{caseId}");
    }

    [Fact]
    public async Task SuspendingAnAgreement_HidesEverySharedCaseOnTheNextRequest()
    {
        var (pages, api) = await SessionsAsync("officer");
        var calder = await factory.CaseOfAsync("Calder");
        await AssertAllowedAsync(pages, api, $"/Cases/{calder}", $"/api/v1/cases/{calder}");
        var admin = await factory.SignedInAsync("admin");
        var agreement = (await AgreementAsync()).ToString();

        var suspend = await admin.PostFormAsync("/Admin/Agreements?handler=Status", new() { ["id"] = agreement, ["status"] = "Suspended" }, "/Admin/Agreements");
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, suspend.StatusCode);
            await AssertNotFoundAsync(pages, api, $"/Cases/{calder}", $"/api/v1/cases/{calder}");
        }
        finally
        {
            await admin.PostFormAsync("/Admin/Agreements?handler=Status", new() { ["id"] = agreement, ["status"] = "Active" }, "/Admin/Agreements");
        }
    }

    private Task<Guid> AgreementAsync() =>
        factory.WithSystemDbAsync(db => db.SharingAgreements.Where(a => a.Title == "Northgate family safety information sharing").Select(a => a.Id).SingleAsync());

    private async Task<(HttpClient Pages, HttpClient Api)> SessionsAsync(string user) => (await factory.SignedInAsync(user), await factory.ApiAsync(user));

    private static async Task AssertAllowedAsync(HttpClient pages, HttpClient api, string page, string call)
    {
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync(new Uri(page, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri(call, UriKind.Relative))).StatusCode);
    }

    private static async Task AssertSignedOutAsync(HttpClient pages, HttpClient api, string page, string call)
    {
        var response = await pages.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/SignIn", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri(call, UriKind.Relative))).StatusCode);
    }

    private static async Task AssertNotFoundAsync(HttpClient pages, HttpClient api, string page, string call)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync(new Uri(page, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri(call, UriKind.Relative))).StatusCode);
    }
}
