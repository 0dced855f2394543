using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Lantern.Core.Access.Policy;
using Lantern.TestCommon;
using static Lantern.Assurance.Tests.Policy.PolicyRights;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Assurance.Tests.Policy;

/// <summary>
/// Issue 9, parts 1 and 2. The access policy (src/Lantern.Core/Access/Policy/access-policy.json) is the table the
/// authorisation code reads; this sweep enumerates it against the running app: every GET route, every change (PUT) of a
/// Calder record and every addition (POST) to the case × every role × every relationship to the case answers as the table says (allowed, 404 or 403). On the way, every response is searched
/// for the canaries planted in the Calder case's confidential fields, and each one found must be one the table lets
/// that user see; searching lists for a hidden value must answer as a search for nonsense does; and no canary may
/// reach the application's logs.
/// </summary>
public sealed partial class PolicyMatrixTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Ids();

    [Fact]
    public async Task EveryRoute_RoleAndRelationship_AnswersAsThePolicySays_AndNoCanaryReachesAnyoneItShouldNot()
    {
        var policy = AccessPolicy.Current;
        var world = await PolicyWorld.CreateAsync(factory);
        var routes = PolicyRoutes.For(world.Records);
        var tally = new Tally(policy, world.Canaries);
        var untried = new List<string>();
        var changes = await TryableChangesAsync(PolicyChange.For(world.Records), untried);
        var additions = PolicyChange.Additions(world.Records);
        var removals = PolicyForms.Removals(world.Records);
        var forms = PolicyForms.For(world.Records, restricted: false);
        var unpostedHandlers = PolicyForms.HandlersOfTheApp().Except(forms.Select(f => f.Key)).Except(PolicyForms.OutsideTheMatrix.Keys).Distinct().Order(StringComparer.Ordinal).ToList();

        var unlisted = UnlistedRoutes(routes);

        await using (var session = new Sessions(factory))
        {
            async Task SweepAsync(CaseRelationship relationship, IEnumerable<PolicyActor> actors)
            {
                foreach (var actor in actors)
                {
                    foreach (var route in routes)
                    {
                        var client = await session.ForAsync(actor, route.IsApi);
                        using var response = await client.GetAsync(new Uri(route.Url, UriKind.Relative));
                        await tally.RecordAsync(actor, relationship, route, response, "GET");
                    }

                    foreach (var change in changes)
                    {
                        var body = await change.BodyAsync(await session.ReaderAsync());
                        var client = await session.ForAsync(actor, api: true);
                        using var response = await client.PutAsJsonAsync(change.Url, body);
                        await tally.RecordAsync(actor, relationship, change.AsRoute, response, "PUT");
                    }

                    foreach (var (pattern, url, right, body) in additions)
                    {
                        var client = await session.ForAsync(actor, api: true);
                        using var response = await client.PostAsJsonAsync(url, body);
                        await tally.RecordAsync(actor, relationship, new PolicyRoute(pattern, url, right, CaseScoped: true), response, "POST");
                    }

                    foreach (var form in PolicyForms.For(world.Records, restricted: relationship == CaseRelationship.RestrictedCase))
                    {
                        var client = await session.ForAsync(actor, api: false);
                        var fields = new Dictionary<string, string>(form.Fields) { ["__RequestVerificationToken"] = await session.TokenAsync(actor) };
                        using var content = new FormUrlEncodedContent(fields);
                        using var response = await client.PostAsync(new Uri(form.Url, UriKind.Relative), content);
                        await tally.RecordAsync(actor, relationship, form.AsRoute, response, form.SavesWhatIsThere ? "FORM (saves what is there)" : "FORM");
                    }

                    foreach (var removal in removals)
                    {
                        var client = await session.ForAsync(actor, api: true);
                        using var response = await client.DeleteAsync(new Uri(removal.Url, UriKind.Relative));
                        await tally.RecordAsync(actor, relationship, removal, response, "DELETE");
                    }

                    await SearchForHiddenValuesAsync(session, actor, relationship, world, tally);
                }
            }

            await SweepAsync(CaseRelationship.SameTeam, world.At(Placement.WelfareTeamA));
            foreach (var actor in world.At(Placement.WelfareTeamB))
            {
                await world.AllocateAsync(actor.UserId);
                await SweepAsync(CaseRelationship.OwnAllocation, [actor]);
            }

            await world.AllocateAsync(null);
            await SweepAsync(CaseRelationship.SameAgency, world.At(Placement.WelfareTeamB));
            await world.RestrictAsync(true);
            await SweepAsync(CaseRelationship.RestrictedCase, world.At(Placement.WelfareTeamB));
            await world.RestrictAsync(false);
            await SweepAsync(CaseRelationship.OtherAgency, world.At(Placement.UnrelatedAgency));
            await SweepAsync(CaseRelationship.PartnerWithConsent, world.At(Placement.PartnerAgency));
            await world.WithdrawConsentAsync();
            await SweepAsync(CaseRelationship.PartnerWithoutConsent, world.At(Placement.PartnerAgency));
        }

        var loggedCanaries = factory.Logs.Lines.Count(l => world.Canaries.All.Any(c => l.Contains(c, StringComparison.OrdinalIgnoreCase)));
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"Policy: {policy.Rules.Count} rules × {Core.Agencies.LanternRoles.All.Count} roles × {Enum.GetValues<CaseRelationship>().Length} relationships.");
        output?.WriteLine($"Routes: {routes.Count} ({routes.Count(r => r.CaseScoped)} about the case, {routes.Count(r => !r.CaseScoped)} lists and agency records); " +
            $"{PolicyRoutes.OutsideTheMatrix.Count} left out with reasons; {unlisted.Count} mapped by the app and in neither list. " +
            $"Additions (POST, a body the input checks refuse): {additions.Count}. Page forms (posted empty or stale): {forms.Count}, {PolicyForms.OutsideTheMatrix.Count} left out with reasons, {unpostedHandlers.Count} in neither list. Removals (DELETE, a stale version): {removals.Count}. Changes (PUT, the record sent back unchanged): {changes.Count}; not tried: {untried.Count}{(untried.Count > 0 ? " — " + string.Join("; ", untried) : "")}.");
        output?.WriteLine($"Requests: {tally.Requests}; answers as the table says: {tally.Requests - tally.Mismatches.Count}; mismatches: {tally.Mismatches.Count}.");
        output?.WriteLine($"Canaries: {tally.CanarySightings} sightings where the table allows them; leaks: {tally.Leaks.Count}; " +
            $"searches for hidden values: {tally.Searches}, answering differently from a search for nonsense: {tally.Oracles.Count}; log lines with a canary: {loggedCanaries} of {factory.Logs.Lines.Count}.");
        foreach (var mismatch in tally.Mismatches)
        {
            output?.WriteLine("  " + mismatch);
        }

        Assert.True(unlisted.Count == 0, "Routes in neither the matrix nor its exclusions: " + string.Join(", ", unlisted));
        Assert.True(unpostedHandlers.Count == 0, "Page handlers in neither the matrix nor its exclusions: " + string.Join(", ", unpostedHandlers));
        Assert.True(tally.Saved.Count == 0, "Saved from an empty or stale form: " + string.Join(Environment.NewLine, tally.Saved));
        Assert.True(tally.Mismatches.Count == 0, string.Join(Environment.NewLine, tally.Mismatches.Take(60)));
        Assert.True(tally.Leaks.Count == 0, string.Join(Environment.NewLine, tally.Leaks.Take(40)));
        Assert.True(tally.Oracles.Count == 0, string.Join(Environment.NewLine, tally.Oracles.Take(40)));
        Assert.Equal(0, loggedCanaries);

        // The sweep could find each canary: users the table allows saw the phone number and the safety plan.
        Assert.True(tally.SightingsOf(world.Canaries.Phone) > 0 && tally.SightingsOf(world.Canaries.SafetyPlan) > 0, "No allowed user saw a canary: the sweep cannot tell.");
    }

    /// <summary>The changes whose record, sent back unchanged by the team's supervisor, saves: the others cannot show an "allowed".</summary>
    private async Task<List<PolicyChange>> TryableChangesAsync(IReadOnlyList<PolicyChange> all, List<string> untried)
    {
        using var supervisor = await factory.ApiAsync("supervisor");
        var tryable = new List<PolicyChange>();
        foreach (var change in all)
        {
            using var response = await supervisor.PutAsJsonAsync(change.Url, await change.BodyAsync(supervisor));
            if (response.IsSuccessStatusCode)
            {
                tryable.Add(change);
            }
            else
            {
                untried.Add($"PUT {change.Pattern} ({(int)response.StatusCode})");
            }
        }

        return tryable;
    }

    /// <summary>Searches the case and person lists for each hidden value and for nonsense: the same records must come back.</summary>
    private static async Task SearchForHiddenValuesAsync(Sessions session, PolicyActor actor, CaseRelationship relationship, PolicyWorld world, Tally tally)
    {
        var policy = AccessPolicy.Current;
        var hidden = new List<string>();
        if (policy.Outcome([actor.Role], SeeLocation, relationship) != PolicyOutcome.Allowed)
        {
            hidden.Add(world.Canaries.Location);
        }

        if (policy.Outcome([actor.Role], SeeContact, relationship) != PolicyOutcome.Allowed)
        {
            hidden.AddRange([world.Canaries.Phone, world.Canaries.Email]);
        }

        // A restricted case's names are masked for everyone outside its team, and a case the user may not see has none to find.
        var namesHidden = relationship == CaseRelationship.RestrictedCase || policy.Outcome([actor.Role], AccessRights.ReadCase, relationship) != PolicyOutcome.Allowed;
        if (namesHidden)
        {
            hidden.Add("Calder");
        }

        if (policy.Outcome([actor.Role], AccessRights.ReadCaseLists, null) != PolicyOutcome.Allowed)
        {
            return;
        }

        var api = await session.ForAsync(actor, api: true);
        var pages = await session.ForAsync(actor, api: false);
        foreach (var (client, template) in new[] { (api, "/api/v1/cases?search={0}"), (api, "/api/v1/people?name={0}"), (pages, "/Cases?q={0}") })
        {
            var nonsense = await IdsFoundAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "Zqxjvwk"));
            foreach (var value in hidden)
            {
                var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Uri.EscapeDataString(value));
                var found = await IdsFoundAsync(client, url);
                tally.Searches++;
                if (!found.SetEquals(nonsense))
                {
                    tally.Oracles.Add($"{actor.Role} ({AccessPolicy.NameOf(relationship)}) GET {url}: {found.Except(nonsense).Count()} more records than a search for nonsense");
                }
            }
        }
    }

    private static async Task<HashSet<string>> IdsFoundAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return Ids().Matches(body).Select(m => m.Value.ToUpperInvariant()).ToHashSet();
    }

    /// <summary>GET routes the app maps (with the same pattern spelling as the list) that the matrix neither requests nor excuses.</summary>
    private List<string> UnlistedRoutes(IReadOnlyList<PolicyRoute> routes)
    {
        var listed = routes.Select(r => r.Pattern).Concat(PolicyRoutes.OutsideTheMatrix.Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var mapped = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Select(p => p.Replace("/Index/", "/", StringComparison.Ordinal))
            .Select(p => p.EndsWith("/Index", StringComparison.Ordinal) ? p[..^"/Index".Length] : p.TrimEnd('/'))
            .Select(p => p.Length == 0 ? "/" : p)
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return mapped.Where(p => !listed.Contains(p) && !p.StartsWith("/api/v1/auth", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Each actor's signed-in page session and API token, made once.</summary>
    private sealed class Sessions(LanternFactory factory) : IAsyncDisposable
    {
        private readonly Dictionary<(string, bool), HttpClient> clients = [];
        private readonly Dictionary<string, string> tokens = [];
        private HttpClient? reader;

        /// <summary>The team's supervisor, who reads every record of the Calder case in every phase.</summary>
        public async Task<HttpClient> ReaderAsync() => reader ??= await factory.ApiAsync("supervisor");

        public async Task<HttpClient> ForAsync(PolicyActor actor, bool api)
        {
            if (!clients.TryGetValue((actor.UserName, api), out var client))
            {
                client = api ? await factory.ApiAsync(actor.UserName) : await factory.SignedInAsync(actor.UserName);
                clients[(actor.UserName, api)] = client;
            }

            return client;
        }

        /// <summary>
        /// The actor's antiforgery token, from the page every signed-in user can open (its sign-out form), so that a form
        /// she may not open is still posted with a valid token and the answer is the form's, not the token check's.
        /// </summary>
        public async Task<string> TokenAsync(PolicyActor actor)
        {
            if (!tokens.TryGetValue(actor.UserName, out var token))
            {
                var client = await ForAsync(actor, api: false);
                using var response = await client.GetAsync(new Uri("/Account/AccessDenied", UriKind.Relative));
                var match = AntiforgeryField().Match(await response.Content.ReadAsStringAsync());
                token = match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token for {actor.UserName}.");
                tokens[actor.UserName] = token;
            }

            return token;
        }

        public ValueTask DisposeAsync()
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }

            reader?.Dispose();

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>The sweep's findings: answers against the table, canaries against who may see them.</summary>
    private sealed class Tally(AccessPolicy policy, Canaries canaries)
    {
        private readonly Dictionary<string, int> sightings = [];

        public int Requests { get; private set; }

        public int CanarySightings { get; private set; }

        public int Searches { get; set; }

        public List<string> Mismatches { get; } = [];

        public List<string> Leaks { get; } = [];

        public List<string> Oracles { get; } = [];

        /// <summary>Empty or stale forms and removals that saved something: none should.</summary>
        public List<string> Saved { get; } = [];

        public int SightingsOf(string canary) => sightings.GetValueOrDefault(canary);

        public async Task RecordAsync(PolicyActor actor, CaseRelationship relationship, PolicyRoute route, HttpResponseMessage response, string method)
        {
            Requests++;
            var expected = policy.Outcome([actor.Role], route.Right, route.CaseScoped ? relationship : null);
            // An allowed user's empty addition or form meets the input's own checks (400, or the form again with its errors);
            // a stale removal or signature meets the version check (409, or the form with the conflict).
            var answered = (method, response.StatusCode) switch
            {
                ("POST" or "FORM", HttpStatusCode.BadRequest) or ("DELETE" or "FORM", HttpStatusCode.Conflict) => PolicyOutcome.Allowed,
                ("FORM (saves what is there)", _) => Answered(response),
                _ => Answered(response),
            };
            var where = $"{route.Right} {actor.Role} ({AccessPolicy.NameOf(relationship)})";
            if ((method == "DELETE" && response.IsSuccessStatusCode) || (method == "FORM" && answered == PolicyOutcome.Allowed && (int)response.StatusCode is >= 300 and < 400))
            {
                Saved.Add($"{where}: {method} {route.Url} answered {(int)response.StatusCode}{(response.Headers.Location is { } saved ? " → " + saved : "")}");
            }

            if (answered != expected)
            {
                Mismatches.Add($"{where}: {method} {route.Pattern} answered {(int)response.StatusCode}{(response.Headers.Location is { } to ? " → " + to : "")}, the table says {expected}");
            }

            var body = await response.Content.ReadAsStringAsync() + response.Headers.Location;
            foreach (var (canary, right) in new[] { (canaries.Location, SeeLocation), (canaries.Phone, SeeContact), (canaries.Email, SeeContact), (canaries.SafetyPlan, AccessRights.ReadSafetyPlan) })
            {
                if (!body.Contains(canary, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (policy.Outcome([actor.Role], right, relationship) == PolicyOutcome.Allowed)
                {
                    CanarySightings++;
                    sightings[canary] = sightings.GetValueOrDefault(canary) + 1;
                }
                else
                {
                    Leaks.Add($"{right} canary reached {actor.Role} ({AccessPolicy.NameOf(relationship)}) through {method} {route.Pattern}");
                }
            }
        }

        private static PolicyOutcome? Answered(HttpResponseMessage response) => response.StatusCode switch
        {
            >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices => PolicyOutcome.Allowed,
            HttpStatusCode.NotFound => PolicyOutcome.Hidden,
            HttpStatusCode.Forbidden => PolicyOutcome.Refused,
            HttpStatusCode.Redirect or HttpStatusCode.SeeOther when response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true => PolicyOutcome.Refused,
            HttpStatusCode.Redirect or HttpStatusCode.SeeOther when response.Headers.Location?.OriginalString.Contains("/Account/SignIn", StringComparison.Ordinal) == true => null,
            HttpStatusCode.Redirect or HttpStatusCode.SeeOther => PolicyOutcome.Allowed,
            _ => null,
        };
    }
}
