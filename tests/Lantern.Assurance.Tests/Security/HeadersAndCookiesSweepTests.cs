using System.Text;
using Lantern.TestCommon;
using Xunit;

namespace Lantern.Assurance.Tests.Security;

/// <summary>
/// Issue 9, part 10: every response that can carry case data is kept out of caches and shared screens (no-store, a
/// content security policy, nosniff, no referrer), and every cookie Lantern sets is Secure, HttpOnly and SameSite=Strict.
/// Swept over every GET route the app maps, for several roles, through pages and the API, and over error answers.
/// </summary>
public sealed class HeadersAndCookiesSweepTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static readonly string[] StaticPrefixes = ["/lib/", "/css/", "/js/", "/favicon"];

    [Fact]
    public async Task EveryResponse_CarriesNoStoreCspNosniffAndReferrerPolicy_AndEveryCookieIsLockedDown()
    {
        var samples = RouteSamples.All(factory, await RouteSamples.CalderAsync(factory));
        var gets = samples.Where(s => s.Method == "GET").ToList();
        var failures = new List<string>();
        var cookies = new List<string>();
        var checkedResponses = 0;

        async Task CheckAsync(HttpClient client, HttpRequestMessage request, string who)
        {
            var path = request.RequestUri!.OriginalString;
            using var response = await client.SendAsync(request);
            checkedResponses++;
            var problems = Problems(response, isStatic: StaticPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
            if (problems.Count > 0)
            {
                failures.Add($"{who} {request.Method} {path} ({(int)response.StatusCode}): {string.Join("; ", problems)}");
            }

            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                cookies.AddRange(set);
            }
        }

        // Signing in sets the session and antiforgery cookies; the anonymous pages are swept before it.
        var anonymous = factory.CreateClient();
        foreach (var url in new[] { "/Account/SignIn", "/Account/AccessDenied", "/Error", "/", "/Cases", "/no-such-page", "/css/lantern.css", "/js/lantern.js" })
        {
            await CheckAsync(anonymous, new HttpRequestMessage(HttpMethod.Get, url), "anonymous");
        }

        foreach (var user in new[] { "worker", "manager", "advocate", "admin" })
        {
            var pages = await factory.SignedInAsync(user);
            var api = await factory.ApiAsync(user);
            foreach (var sample in gets)
            {
                await CheckAsync(sample.IsApi ? api : pages, new HttpRequestMessage(HttpMethod.Get, sample.Url), user);
            }

            // Error answers carry the same headers: a bad body, a record that does not exist, a method a page does not handle.
            await CheckAsync(api, new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = new StringContent("{\"presentingConcerns\":", Encoding.UTF8, "application/json") }, user);
            await CheckAsync(api, new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{Guid.NewGuid()}"), user);
            await CheckAsync(pages, new HttpRequestMessage(HttpMethod.Get, $"/Cases/{Guid.NewGuid()}"), user);
            await CheckAsync(pages, new HttpRequestMessage(HttpMethod.Delete, "/Cases"), user);
        }

        var signIn = await factory.CreateClient().PostFormAsync("/Account/SignIn", new() { ["UserName"] = "worker", ["Password"] = Clients.DemoPassword });
        cookies.AddRange(signIn.Headers.GetValues("Set-Cookie"));
        var apiLogin = await factory.ApiAsync("worker");
        Assert.NotNull(apiLogin);

        var badCookies = cookies.Where(c => !CookieIsLockedDown(c)).Select(c => c.Split(';')[0].Split('=')[0] + ": " + string.Join(";", c.Split(';').Skip(1))).Distinct().ToList();
        var cookieNames = cookies.Select(c => c.Split('=')[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"Responses checked: {checkedResponses} ({gets.Count} GET routes × 4 roles, error answers, anonymous pages); header failures: {failures.Count}.");
        TestContext.Current.TestOutputHelper?.WriteLine($"Cookies set: {cookies.Count} ({string.Join(", ", cookieNames)}); not Secure+HttpOnly+SameSite=Strict: {badCookies.Count}.");

        Assert.True(gets.Count > 50, $"Only {gets.Count} GET routes were found.");
        Assert.Contains("lantern.session", cookieNames);
        Assert.Contains("lantern.antiforgery", cookieNames);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(40)));
        Assert.True(badCookies.Count == 0, string.Join(Environment.NewLine, badCookies));
    }

    private static List<string> Problems(HttpResponseMessage response, bool isStatic)
    {
        var problems = new List<string>();
        if (isStatic && response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            problems.Add("static file not served");
        }

        string? Header(string name) =>
            response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
            : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
            : null;

        var csp = Header("Content-Security-Policy");
        if (csp is null || !csp.Contains("default-src 'self'", StringComparison.Ordinal) || csp.Contains("unsafe-inline", StringComparison.Ordinal)
            || !csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal))
        {
            problems.Add($"content security policy '{csp}'");
        }

        if (Header("X-Content-Type-Options") != "nosniff")
        {
            problems.Add("no nosniff");
        }

        if (Header("Referrer-Policy") is not ("no-referrer" or "same-origin" or "strict-origin"))
        {
            problems.Add($"referrer policy '{Header("Referrer-Policy")}'");
        }

        if (!isStatic && response.Headers.CacheControl?.NoStore != true)
        {
            problems.Add($"cache-control '{response.Headers.CacheControl}'");
        }

        return problems;
    }

    private static bool CookieIsLockedDown(string setCookie)
    {
        var attributes = setCookie.Split(';').Skip(1).Select(a => a.Trim()).ToList();
        return attributes.Any(a => a.Equals("secure", StringComparison.OrdinalIgnoreCase))
            && attributes.Any(a => a.Equals("httponly", StringComparison.OrdinalIgnoreCase))
            && attributes.Any(a => a.Equals("samesite=strict", StringComparison.OrdinalIgnoreCase));
    }
}
