using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Assurance.Tests.Security;

/// <summary>
/// Issue 9, part 3: a caller cannot write a field the API does not let her write. For every change endpoint (PUT) of the
/// API, the record is read, every field the read has and the change's input does not (from the OpenAPI document: ids,
/// owning agency, who recorded it, when, the case reference, derived names) is set to a planted value, and the whole
/// read is sent back as the change; read again, every such field is as it was.
/// </summary>
public sealed partial class MassAssignmentTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    /// <summary>Fields a save is meant to move: the version and the time of the change.</summary>
    private static readonly HashSet<string> MovedBySaving = new(StringComparer.OrdinalIgnoreCase) { "version", "updatedAt", "changedAt", "lastChangedAt" };

    [Fact]
    public async Task EveryChangeEndpoint_FieldsTheCallerMayNotWrite_AreLeftAsTheyWere()
    {
        var worker = await factory.ApiAsync("worker");
        var openApi = (await worker.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var schemas = openApi["components"]!["schemas"]!.AsObject();
        var targets = await TargetsAsync();
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        var failures = new List<string>();
        var uncovered = new List<string>();
        var planted = 0;
        var covered = 0;

        foreach (var (path, item) in openApi["paths"]!.AsObject())
        {
            if (item!["put"] is not JsonObject put || item["get"] is null)
            {
                if (item!["put"] is not null)
                {
                    uncovered.Add($"PUT {path} (no read on the same path)");
                }

                continue;
            }

            var writable = PlantedFields.PropertyNames(put["requestBody"]?["content"]?["application/json"]?["schema"], schemas);
            if (!targets.TryGetValue(path, out var target))
            {
                uncovered.Add($"PUT {path} (no record to try it on)");
                continue;
            }

            var client = clients.TryGetValue(target.User, out var known) ? known : clients[target.User] = await factory.ApiAsync(target.User);
            var url = (path[..path.LastIndexOf('{')] + target.Id).Replace("{caseId}", targets["/api/v1/cases/{id}"].Id.ToString(), StringComparison.Ordinal);
            using var read = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (!read.IsSuccessStatusCode)
            {
                uncovered.Add($"PUT {path} (the record could not be read: {(int)read.StatusCode})");
                continue;
            }

            var before = target.Record((await read.Content.ReadFromJsonAsync<JsonObject>())!);
            var body = before.DeepClone().AsObject();
            target.AsInput?.Invoke(body);
            var plantedHere = new List<string>();
            foreach (var (name, value) in before)
            {
                if (!writable.Contains(name) && !MovedBySaving.Contains(name) && PlantedFields.Planted(value) is { } plant)
                {
                    body[name] = plant;
                    plantedHere.Add(name);
                }
            }

            using var response = await client.PutAsJsonAsync(url, body);
            var after = target.Record((await client.GetFromJsonAsync<JsonObject>(url))!);
            if (!response.IsSuccessStatusCode)
            {
                uncovered.Add($"PUT {path} (the read sent back was refused: {(int)response.StatusCode} {Excerpt(await response.Content.ReadAsStringAsync())})");
                continue;
            }

            covered++;
            planted += plantedHere.Count;
            foreach (var name in plantedHere.Where(n => !JsonNode.DeepEquals(before[n], after[n])))
            {
                failures.Add($"PUT {path}: '{name}' changed from {before[name]?.ToJsonString()} to {after[name]?.ToJsonString()}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Change endpoints tried: {covered}; fields planted: {planted}; changed: {failures.Count}. Not tried: {uncovered.Count}{(uncovered.Count > 0 ? " — " + string.Join("; ", uncovered) : "")}.");

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(uncovered.Count == 0, "Every change endpoint should be tried: " + string.Join("; ", uncovered));
    }

    /// <param name="Read">The record within what its address answers (a meeting's pack holds the meeting).</param>
    private sealed record Target(string User, Guid Id, Action<JsonObject>? AsInput = null, Func<JsonObject, JsonObject>? Read = null)
    {
        public JsonObject Record(JsonObject answer) => Read?.Invoke(answer) ?? answer;
    }

    /// <summary>A record of each kind from the demonstration data, and someone who may change it.</summary>
    private async Task<Dictionary<string, Target>> TargetsAsync()
    {
        var r = await CalderRecords.FindAsync(factory);
        return new Dictionary<string, Target>(StringComparer.Ordinal)
        {
            ["/api/v1/cases/{id}"] = new("worker", r.Case),
            ["/api/v1/cases/{caseId}/participants/{participantId}"] = new("worker", r.Participant),
            ["/api/v1/people/{id}"] = new("worker", r.Perpetrator),
            ["/api/v1/relationships/{id}"] = new("worker", r.Relationship),
            ["/api/v1/map-entries/{id}"] = new("worker", r.MapEntry, ReadAsInput.CategoryByKey),
            ["/api/v1/plan-goals/{id}"] = new("worker", r.PlanGoal),
            ["/api/v1/intakes/{id}"] = new("worker", r.OpenIntake),
            ["/api/v1/safety-plans/{id}"] = new("worker", r.SafetyPlan),
            ["/api/v1/risk-plans/{id}"] = new("worker", r.RiskPlan),
            ["/api/v1/meetings/{id}"] = new("worker", r.Meeting, ReadAsInput.MinutesByComponent, pack => pack["meeting"]!.AsObject()),
            ["/api/v1/supervision/{id}"] = new("supervisor", r.Supervision),
            ["/api/v1/reviews/{id}"] = new("reviewer", r.Review ?? Guid.Empty),
            ["/api/v1/implementation/practice-meetings/{id}"] = new("manager", await factory.WithSystemDbAsync(db => FirstAsync(db.PracticeMeetings.Select(m => m.Id)))),
        };
    }

    private static async Task<Guid> FirstAsync(IQueryable<Guid> ids) => await ids.Order().FirstOrDefaultAsync();

    private static string Excerpt(string body) => body.Length > 200 ? body[..200] : body;
}
