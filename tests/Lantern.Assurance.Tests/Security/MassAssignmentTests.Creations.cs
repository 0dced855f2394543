using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lantern.Core.Implementation;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Assurance.Tests.Security;

/// <summary>
/// Issue 9, part 3 for creations: every POST of the API that makes a record is sent twice with a valid input, the
/// second time with every field the record has and the input has not (its id, owning agency, who recorded it and when,
/// the case reference, derived names and flags) set to a planted value. The second record takes none of them.
/// </summary>
public sealed partial class MassAssignmentTests
{
    /// <summary>POSTs that make no record of their own, each with where its writes are tried instead.</summary>
    private static readonly Dictionary<string, string> NotCreations = new(StringComparer.Ordinal)
    {
        ["/api/v1/auth/login"] = "signs in",
        ["/api/v1/auth/refresh"] = "renews a token",
        ["/api/v1/language/check"] = "checks text; nothing is saved",
        ["/api/v1/cases/{caseId}/plan/check"] = "checks a goal as drafted; nothing is saved",
        ["/api/v1/cases/{caseId}/reviews"] = "starts a review: it has no input",
        ["/api/v1/review-samples"] = "draws a sample of the agency's cases: its input is the sample's size and period only",
        ["/api/v1/cases/{caseId}/plan/reviews"] = "records progress on existing goals; tried in Web.Tests/Plans",
        ["/api/v1/intakes/{id}/complete"] = "completes an intake: its input is the outcome only",
        ["/api/v1/referrals/{id}/status"] = "the receiving agency's answer: its input is the status and reason only",
        ["/api/v1/meeting-actions/{id}/progress"] = "progress on an action: its input is the status, note and version only",
        ["/api/v1/safety-plans/{id}/grants"] = "a grant: its input is the user and reason only; tried in Web.Tests/Plans",
        ["/api/v1/implementation/champions/{id}/end"] = "a champion steps down: its input is the date only",
    };

    private static readonly string[] DiscussedInSupervision = ["CoerciveControl", "HarmToChild"];

    [Fact]
    public async Task EveryCreation_FieldsTheCallerMayNotWrite_AreNotTaken()
    {
        var worker = await factory.ApiAsync("worker");
        var openApi = (await worker.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var schemas = openApi["components"]!["schemas"]!.AsObject();
        var creations = await CreationsAsync();
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal) { ["worker"] = worker };
        var failures = new List<string>();
        var uncovered = new List<string>();
        var planted = 0;
        var covered = 0;

        foreach (var (path, item) in openApi["paths"]!.AsObject())
        {
            if (item!["post"] is not JsonObject post || NotCreations.ContainsKey(path))
            {
                continue;
            }

            if (!creations.TryGetValue(path, out var creation))
            {
                uncovered.Add($"POST {path} (no input to try it with)");
                continue;
            }

            var client = clients.TryGetValue(creation.User, out var known) ? known : clients[creation.User] = await factory.ApiAsync(creation.User);
            var writable = PlantedFields.PropertyNames(post["requestBody"]?["content"]?["application/json"]?["schema"], schemas);
            var (first, refusal) = await CreateAsync(client, creation.Url, await creation.Input());
            if (first is null)
            {
                uncovered.Add($"POST {path} (a valid input was refused: {refusal})");
                continue;
            }

            var body = await creation.Input();
            var plants = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
            foreach (var (name, value) in first)
            {
                if (!writable.Contains(name) && (value is null ? PlantedFields.ForEmpty(name) : PlantedFields.Planted(value)) is { } plant)
                {
                    body[name] = plant;
                    plants[name] = plant;
                }
            }

            var (second, plantedRefusal) = await CreateAsync(client, creation.Url, body);
            if (second is null)
            {
                uncovered.Add($"POST {path} (the input with planted fields was refused: {plantedRefusal})");
                continue;
            }

            covered++;
            planted += plants.Count;
            foreach (var (name, plant) in plants.Where(p => JsonNode.DeepEquals(second[p.Key], p.Value)))
            {
                failures.Add($"POST {path}: the new record took '{name}' = {plant.ToJsonString()}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Creations tried: {covered}; fields planted: {planted}; taken: {failures.Count}. Not tried: {uncovered.Count}{(uncovered.Count > 0 ? " — " + string.Join("; ", uncovered) : "")}.");

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(uncovered.Count == 0, "Every creation should be tried: " + string.Join("; ", uncovered));
    }

    /// <summary>A creation: who may make the record, where, and a fresh valid input each time it is asked for.</summary>
    private sealed record Creation(string User, string Url, Func<Task<JsonObject>> Input);

    /// <summary>Makes the record and reads it back: from its own address where the answer names one, else from the answer.</summary>
    private static async Task<(JsonObject? Record, string Refusal)> CreateAsync(HttpClient client, string url, JsonObject input)
    {
        using var response = await client.PostAsJsonAsync(url, input);
        if (!response.IsSuccessStatusCode)
        {
            return (null, $"{(int)response.StatusCode} {Excerpt(await response.Content.ReadAsStringAsync())}");
        }

        var location = response.Headers.Location?.OriginalString;
        if (location is not null && Guid.TryParse(location[(location.LastIndexOf('/') + 1)..], out _))
        {
            return (await client.GetFromJsonAsync<JsonObject>(location), "");
        }

        var answer = await response.Content.ReadFromJsonAsync<JsonNode>();
        return (answer as JsonObject ?? answer?.AsArray().FirstOrDefault()?.AsObject(), "");
    }

    private async Task<Dictionary<string, Creation>> CreationsAsync()
    {
        var r = await CalderRecords.FindAsync(factory);
        var (workerId, champions, service) = await factory.WithSystemDbAsync(async db => (
            await db.Users.Where(u => u.UserName == "worker").Select(u => u.Id).SingleAsync(),
            new Queue<Guid>(await db.Users.Where(u => u.UserName == "worker" || u.UserName == "colleague").OrderBy(u => u.UserName).Select(u => u.Id).ToListAsync()),
            await db.Services.Where(s => s.AgencyId == null).OrderBy(s => s.Name).Select(s => s.Id).FirstAsync()));
        using var reader = await factory.ApiAsync("worker");
        var mapEntry = (await reader.GetFromJsonAsync<JsonObject>($"/api/v1/map-entries/{r.MapEntry}"))!;
        ReadAsInput.CategoryByKey(mapEntry);
        var goal = (await reader.GetFromJsonAsync<JsonObject>($"/api/v1/plan-goals/{r.PlanGoal}"))!;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var worker = await factory.ApiAsync("worker");
        var people = 0;

        // A person of the case's family, new each time, so that relationships and participants are never duplicates.
        async Task<Guid> NewPersonAsync(Guid caseId)
        {
            var created = await worker.PostAsJsonAsync("/api/v1/people", new { caseId, role = "Other", givenName = "Robin", familyName = $"Ashby{++people}" });
            return (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        }

        async Task<Guid> NewCaseAsync() =>
            (await (await worker.PostAsJsonAsync("/api/v1/cases", new { presentingConcerns = "A neighbour heard shouting." })).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

        static Func<Task<JsonObject>> Always(object input) => () => Task.FromResult(JsonSerializerNode(input));

        return new Dictionary<string, Creation>(StringComparer.Ordinal)
        {
            ["/api/v1/cases"] = new("worker", "/api/v1/cases", Always(new { presentingConcerns = "The school heard the younger boy say his dad broke the door." })),
            ["/api/v1/people"] = new("worker", "/api/v1/people", Always(new { caseId = r.Case, role = "Other", givenName = "Jo", familyName = "Marsh" })),
            ["/api/v1/relationships"] = new("worker", "/api/v1/relationships", async () =>
                JsonSerializerNode(new { personId = await NewPersonAsync(r.Case), kind = "Other", relatedPersonId = r.Survivor })),
            ["/api/v1/cases/{caseId}/participants"] = new("worker", $"/api/v1/cases/{r.Case}/participants", async () =>
                JsonSerializerNode(new { personId = await NewPersonAsync(await NewCaseAsync()), role = "Other" })),
            ["/api/v1/cases/{caseId}/map/entries"] = new("worker", $"/api/v1/cases/{r.Case}/map/entries", () => Task.FromResult(mapEntry.DeepClone().AsObject())),
            ["/api/v1/cases/{caseId}/plan/goals"] = new("worker", $"/api/v1/cases/{r.Case}/plan/goals", () => Task.FromResult(goal.DeepClone().AsObject())),
            ["/api/v1/cases/{caseId}/safety-plans"] = new("worker", $"/api/v1/cases/{r.Case}/safety-plans", Always(new { personId = r.Survivor, strategies = "Keep the phone charged and in the coat pocket." })),
            ["/api/v1/cases/{caseId}/risk-plans"] = new("worker", $"/api/v1/cases/{r.Case}/risk-plans", Always(new
            {
                concern = "He has threatened to take the boys from school.",
                risks = new[] { new { description = "He turns up at the school gate.", likelihood = "Medium", seriousness = "High" } },
                actions = new[] { new { description = "School to hold the collection list.", owner = "School", dueOn = today.AddDays(7) } },
                reviewOn = today.AddMonths(1),
            })),
            ["/api/v1/cases/{caseId}/meetings"] = new("worker", $"/api/v1/cases/{r.Case}/meetings", Always(new { kind = "CaseConference", heldOn = today, purpose = "Plan the next month with the school and the advocate." })),
            ["/api/v1/cases/{caseId}/supervision"] = new("supervisor", $"/api/v1/cases/{r.Case}/supervision", Always(new
            {
                heldOn = today,
                workerId,
                components = DiscussedInSupervision,
                gapsFound = "The map has nothing yet on how his control affects the boys' schooling.",
            })),
            ["/api/v1/cases/{caseId}/referrals"] = new("worker", $"/api/v1/cases/{r.Case}/referrals", Always(new
            {
                serviceId = service,
                personId = r.Perpetrator,
                source = "Agency",
                reason = "A programme for fathers who use violence, to work on his pattern of control.",
            })),
            ["/api/v1/cases/{caseId}/intakes"] = new("worker", $"/api/v1/cases/{r.Case}/intakes", Always(new { source = "Health", receivedOn = today, narrative = "The health visitor saw bruising on the mother's arms." })),
            ["/api/v1/intakes"] = new("worker", "/api/v1/intakes", Always(new { source = "Anonymous", receivedOn = today, narrative = "A caller is worried about a baby crying for hours." })),
            ["/api/v1/implementation/training"] = new("manager", "/api/v1/implementation/training", Always(new { course = "Refresher", attendedOn = today, userIds = new[] { workerId } })),
            ["/api/v1/implementation/champions"] = new("manager", "/api/v1/implementation/champions", () =>
                Task.FromResult(JsonSerializerNode(new { userId = champions.Dequeue(), since = today }))),
            ["/api/v1/implementation/practice-meetings"] = new("manager", "/api/v1/implementation/practice-meetings", Always(new
            {
                heldOn = today,
                attendees = "The unit's caseworkers and their supervisor.",
                learning = "Naming his choices in the notes keeps the pattern in view.",
            })),
            ["/api/v1/implementation/presentations"] = new("manager", "/api/v1/implementation/presentations", Always(new
            {
                givenOn = today,
                audienceKind = "PartnerAgency",
                audience = "The police domestic abuse unit",
                topic = "Partnering with the survivor",
                presenter = "The unit's champion",
                attendeeCount = 12,
            })),
            ["/api/v1/implementation/continuum"] = new("manager", "/api/v1/implementation/continuum", Always(new
            {
                assessedOn = today,
                notes = "The unit's yearly look at where its practice stands.",
                ratings = Enum.GetNames<ContinuumArea>().Select(area => new { area, level = "Competent", evidence = "Seen in the unit's case files this year." }),
            })),
        };
    }

    private static JsonObject JsonSerializerNode(object input) => System.Text.Json.JsonSerializer.SerializeToNode(input)!.AsObject();
}
