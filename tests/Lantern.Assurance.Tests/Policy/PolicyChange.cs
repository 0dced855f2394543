using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lantern.Core.Access.Policy;

namespace Lantern.Assurance.Tests.Policy;

/// <summary>
/// A change (PUT) the matrix sends: the record as its team's supervisor reads it, sent back unchanged, so that an
/// allowed change saves nothing new and the next phase finds the case as it was.
/// </summary>
internal sealed record PolicyChange(string Pattern, string Url, AccessRight Right, Action<JsonObject>? AsInput = null)
{
    public PolicyRoute AsRoute => new(Pattern, Url, Right, CaseScoped: true);

    /// <summary>The body to send: the current record (its version included) in the shape the change takes.</summary>
    public async Task<JsonObject?> BodyAsync(HttpClient reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var read = await reader.GetAsync(new Uri(Url, UriKind.Relative));
        if (!read.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await read.Content.ReadFromJsonAsync<JsonObject>();
        if (body is not null)
        {
            AsInput?.Invoke(body);
        }

        return body;
    }

    public static IReadOnlyList<PolicyChange> For(CalderRecords r)
    {
        var updateCase = new AccessRight("case", "update");
        var updatePerson = new AccessRight("person", "update");
        var caseWork = new AccessRight("case-work", "update");
        var changes = new List<PolicyChange>
        {
            new("/api/v1/cases/{id}", $"/api/v1/cases/{r.Case}", updateCase),
            new("/api/v1/cases/{caseId}/participants/{participantId}", $"/api/v1/cases/{r.Case}/participants/{r.Participant}", updateCase),
            new("/api/v1/people/{id}", $"/api/v1/people/{r.Survivor}", updatePerson),
            new("/api/v1/relationships/{id}", $"/api/v1/relationships/{r.Relationship}", updatePerson),
            new("/api/v1/intakes/{id}", $"/api/v1/intakes/{r.Intake}", caseWork),
            new("/api/v1/map-entries/{id}", $"/api/v1/map-entries/{r.MapEntry}", caseWork, CategoryByKey),
            new("/api/v1/plan-goals/{id}", $"/api/v1/plan-goals/{r.PlanGoal}", caseWork),
            new("/api/v1/safety-plans/{id}", $"/api/v1/safety-plans/{r.SafetyPlan}", new AccessRight("safety-plan", "update")),
            new("/api/v1/risk-plans/{id}", $"/api/v1/risk-plans/{r.RiskPlan}", caseWork),
            new("/api/v1/meetings/{id}", $"/api/v1/meetings/{r.Meeting}", caseWork),
            new("/api/v1/supervision/{id}", $"/api/v1/supervision/{r.Supervision}", new AccessRight("supervision", "update")),
        };

        if (r.Review is { } review)
        {
            changes.Add(new("/api/v1/reviews/{id}", $"/api/v1/reviews/{review}", new AccessRight("review", "update")));
        }

        return changes;
    }

    private static void CategoryByKey(JsonObject read)
    {
        if (read["category"] is JsonObject category)
        {
            read["categoryKey"] = category["key"]!.DeepClone();
        }
    }
}
