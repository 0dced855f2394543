using System.Net;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Security;

public sealed class SessionTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = "teacher", ["Password"] = "not-the-password" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = "teacher", ["Password"] = Clients.DemoPassword });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await factory.WithSystemDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.LockedOut)));
    }

    [Fact]
    public async Task DisablingAnAccount_EndsItsSessionAndTokenOnTheNextRequest()
    {
        var pages = await factory.SignedInAsync("officer");
        var api = await factory.ApiAsync("officer");
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v1/cases", UriKind.Relative))).StatusCode);

        await factory.WithSystemDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "officer");
            user.IsDisabled = true;
            await db.SaveChangesAsync();
        });

        var page = await pages.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/SignIn", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri("/api/v1/cases", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_IsRefused()
    {
        var client = await factory.SignedInAsync("worker");

        var response = await client.PostAsync(new Uri("/Account/SignOut", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Responses_CarryTheSecurityHeadersAndNoStore()
    {
        var client = await factory.SignedInAsync("worker");

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlySecureAndStrict()
    {
        var client = factory.CreateClient();

        var response = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = "reviewer", ["Password"] = Clients.DemoPassword });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lantern.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
