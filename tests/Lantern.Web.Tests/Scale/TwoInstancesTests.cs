using System.Net;
using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Scale;

/// <summary>
/// Stateless web nodes: two app instances on one database (PostgreSQL in the PostgreSQL run). A sign-in on one
/// is valid on the other because the Data Protection keys live in the database, not on one machine.
/// </summary>
public sealed partial class TwoInstancesTests : IAsyncLifetime
{
    private readonly LanternFactory first = new();
    private LanternFactory? second;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public async ValueTask InitializeAsync()
    {
        await first.InitializeAsync();
        second = new SecondInstance(first);
        await second.InitializeAsync();
    }

    private sealed class SecondInstance(LanternFactory first) : LanternFactory(first);

    public async ValueTask DisposeAsync()
    {
        if (second is not null)
        {
            await second.DisposeAsync();
        }

        await first.DisposeAsync();
    }

    private static HttpClient Bare(LanternFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });

    private static string CookiePairs(HttpResponseMessage response) => string.Join("; ",
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    [Fact]
    public async Task SessionCookie_IssuedByOneInstance_IsAcceptedByTheOther()
    {
        var one = Bare(first);
        var form = await one.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var token = WebUtility.HtmlDecode(Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value);
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "worker",
                ["Password"] = Clients.DemoPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        signIn.Headers.Add("Cookie", CookiePairs(form));
        var signedIn = await one.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = CookiePairs(signedIn);
        Assert.StartsWith("lantern.session=", session, StringComparison.Ordinal);

        var two = Bare(second!);
        using var onSecond = new HttpRequestMessage(HttpMethod.Get, "/");
        onSecond.Headers.Add("Cookie", session);
        var caseload = await two.SendAsync(onSecond);

        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);
        Assert.Contains("Gavin Calder", await caseload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await first.WithSystemDbAsync(db => db.DataProtectionKeys.AnyAsync()), "The session was protected with a key that is not in the database.");
    }

    [Fact]
    public async Task BearerToken_IssuedByOneInstance_IsAcceptedByTheOther()
    {
        var fromFirst = await first.ApiAsync("supervisor");
        var two = Bare(second!);
        two.DefaultRequestHeaders.Authorization = fromFirst.DefaultRequestHeaders.Authorization;

        var response = await two.GetAsync(new Uri("/api/v1/cases", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
