using System.Net;
using System.Text;
using Lantern.TestCommon;
using Xunit;

namespace Lantern.Assurance.Tests.Security;

/// <summary>
/// Issue 9, part 5: a forged request cannot change anything. Every page handler that accepts a POST is sent the signed-in
/// worker's session cookie with no antiforgery token, with another user's token, and with a token from another of her own
/// sessions: each is refused by antiforgery validation and nothing in the database changes. The API takes bearer tokens
/// only, so a session cookie alone does not reach it. And no GET, for any role, changes anything.
/// </summary>
public sealed class CsrfSweepTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    /// <summary>Each handler is tried by every role, so that it is reached by at least one who may use it; the others are refused before antiforgery is asked.</summary>
    private static readonly string[] Forgers = ["worker", "supervisor", "manager", "admin"];

    /// <summary>The error page answers a failed POST when it is re-executed; it reads and writes nothing (the fingerprint shows it).</summary>
    private static readonly HashSet<string> ExemptPatterns = new(StringComparer.OrdinalIgnoreCase) { "/Error" };

    [Fact]
    public async Task EveryUnsafeRequest_WithoutOrWithAnotherSessionsToken_IsRefusedAndChangesNothing()
    {
        var samples = RouteSamples.All(factory, await RouteSamples.CalderAsync(factory));
        var posts = (await PageHandlers.PostsAsync(factory, samples)).Where(p => !ExemptPatterns.Contains(p.Pattern)).ToList();
        var sessions = new List<(string User, HttpClient Client, string OwnOtherSessionToken)>();
        foreach (var user in Forgers)
        {
            var elsewhere = await factory.SignedInAsync(user);
            sessions.Add((user, await factory.SignedInAsync(user), await elsewhere.AntiforgeryTokenAsync(user == "admin" ? "/Admin/Users" : "/")));
        }

        var reviewerToken = await (await factory.SignedInAsync("reviewer")).AntiforgeryTokenAsync("/");
        var before = await factory.WithSystemDbAsync(DatabaseFingerprint.TakeAsync);
        var failures = new List<string>();
        var refusedByAntiforgery = new HashSet<string>(StringComparer.Ordinal);
        var sent = 0;

        foreach (var post in posts)
        {
            foreach (var (user, client, otherSessionToken) in sessions)
            {
                foreach (var (label, token) in new[] { ("no token", (string?)null), ("another user's token", reviewerToken), ("another session's token", otherSessionToken) })
                {
                    var fields = new Dictionary<string, string> { ["Input.Text"] = "forged", ["Reason"] = "forged" };
                    if (token is not null)
                    {
                        fields["__RequestVerificationToken"] = token;
                    }

                    using var response = await client.PostAsync(new Uri(post.FullUrl, UriKind.Relative), new FormUrlEncodedContent(fields));
                    sent++;
                    if (response.StatusCode == HttpStatusCode.BadRequest
                        && (await response.Content.ReadAsStringAsync()).Contains("This form could not be sent", StringComparison.Ordinal))
                    {
                        refusedByAntiforgery.Add(post.FullUrl);
                    }
                    else if (!RefusedByAuthorisation(response))
                    {
                        failures.Add($"POST {post.FullUrl} as {user} with {label} answered {(int)response.StatusCode}");
                    }
                }
            }
        }

        // The API ignores the session cookie: a forged cross-site request carries no bearer token.
        var worker = sessions[0].Client;
        foreach (var sample in samples.Where(s => s.IsApi && s.Method is "POST" or "PUT" or "DELETE" or "PATCH" && !s.AllowsAnonymous))
        {
            using var request = new HttpRequestMessage(new HttpMethod(sample.Method), sample.Url) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            using var response = await worker.SendAsync(request);
            sent++;
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{sample.Method} {sample.Url} with the session cookie alone answered {(int)response.StatusCode}");
            }
        }

        var changed = DatabaseFingerprint.Changed(before, await factory.WithSystemDbAsync(DatabaseFingerprint.TakeAsync));
        var neverReached = posts.Select(p => p.FullUrl).Where(u => !refusedByAntiforgery.Contains(u)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Forged requests: {sent} ({posts.Count} page handlers × {Forgers.Length} roles × 3 kinds of forgery, and every unsafe API route with the cookie alone); " +
            $"accepted: {failures.Count}; handlers refused by antiforgery validation: {refusedByAntiforgery.Count} of {posts.Count}; tables changed: {changed.Count}.");

        Assert.True(posts.Count > 40, $"Only {posts.Count} page handlers were found.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(40)));
        Assert.True(neverReached.Count == 0, "Never reached antiforgery validation (no role may post there?): " + string.Join(", ", neverReached));
        Assert.True(changed.Count == 0, "Changed: " + string.Join(", ", changed));
    }

    /// <summary>Refused before the handler: signed-in users without the role are sent to "access denied".</summary>
    private static bool RefusedByAuthorisation(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal);

    [Fact]
    public async Task EveryGet_ForEveryRole_ChangesNothing()
    {
        var samples = RouteSamples.All(factory, await RouteSamples.CalderAsync(factory)).Where(s => s.Method == "GET").ToList();
        var users = new[] { "worker", "supervisor", "manager", "reviewer", "advocate", "admin" };
        var clients = new List<(string User, HttpClient Pages, HttpClient Api)>();
        foreach (var user in users)
        {
            clients.Add((user, await factory.SignedInAsync(user), await factory.ApiAsync(user)));
        }

        var before = await factory.WithSystemDbAsync(DatabaseFingerprint.TakeAsync);
        var sent = 0;
        foreach (var (_, pages, api) in clients)
        {
            foreach (var sample in samples)
            {
                using var response = await (sample.IsApi ? api : pages).GetAsync(new Uri(sample.Url, UriKind.Relative));
                sent++;
            }
        }

        var changed = DatabaseFingerprint.Changed(before, await factory.WithSystemDbAsync(DatabaseFingerprint.TakeAsync));
        TestContext.Current.TestOutputHelper?.WriteLine($"GET requests: {sent} ({samples.Count} routes × {users.Length} roles); tables changed: {changed.Count}.");

        Assert.True(samples.Count > 50, $"Only {samples.Count} GET routes were found.");
        Assert.True(changed.Count == 0, "Changed: " + string.Join(", ", changed));
    }
}
