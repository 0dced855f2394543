using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lantern.Core.Access.Policy;
using static Lantern.Assurance.Tests.Policy.PolicyRights;

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

    /// <summary>
    /// Additions (POST) to the Calder case, each with a body that names the case's records and nothing else, so that a
    /// user who may add answers 400 (the input's own checks) and adds nothing, and one who may not answers 403 or 404.
    /// A new person and a relationship name their case or people in the body, where one the caller cannot see is an input
    /// error (400, "no case open to you") like any other: they cannot be told apart here, and are asserted in
    /// Web.Tests/Sharing/SharingMatrixTests instead.
    /// </summary>
    public static IReadOnlyList<(string Pattern, string Url, AccessRight Right, object Body)> Additions(CalderRecords r)
    {
        return
        [
            ("/api/v1/cases/{caseId}/participants", $"/api/v1/cases/{r.Case}/participants", UpdateCase, new { personId = r.Survivor }),
            ("/api/v1/cases/{caseId}/intakes", $"/api/v1/cases/{r.Case}/intakes", ChangeCaseWork, new { }),
            ("/api/v1/cases/{caseId}/map/entries", $"/api/v1/cases/{r.Case}/map/entries", AddToMap, new { component = "CoerciveControl" }),
            ("/api/v1/cases/{caseId}/plan/goals", $"/api/v1/cases/{r.Case}/plan/goals", ChangeCaseWork, new { }),
            ("/api/v1/cases/{caseId}/plan/reviews", $"/api/v1/cases/{r.Case}/plan/reviews", ChangeCaseWork, new { }),
            ("/api/v1/cases/{caseId}/safety-plans", $"/api/v1/cases/{r.Case}/safety-plans", ChangeCaseWork, new { }),
            ("/api/v1/cases/{caseId}/risk-plans", $"/api/v1/cases/{r.Case}/risk-plans", ChangeCaseWork, new { }),
            ("/api/v1/cases/{caseId}/meetings", $"/api/v1/cases/{r.Case}/meetings", ChangeCaseWork, new { }),
            ("/api/v1/cases/{caseId}/supervision", $"/api/v1/cases/{r.Case}/supervision", UpdateSupervision, new { }),
            ("/api/v1/cases/{caseId}/referrals", $"/api/v1/cases/{r.Case}/referrals", ChangeCaseWork, new { }),
            ("/api/v1/safety-plans/{id}/grants", $"/api/v1/safety-plans/{r.SafetyPlan}/grants", UpdateSafetyPlan, new { }),
        ];
    }

    public static IReadOnlyList<PolicyChange> For(CalderRecords r)
    {
        var changes = new List<PolicyChange>
        {
            new("/api/v1/cases/{id}", $"/api/v1/cases/{r.Case}", UpdateCase),
            new("/api/v1/cases/{caseId}/participants/{participantId}", $"/api/v1/cases/{r.Case}/participants/{r.Participant}", UpdateCase),
            new("/api/v1/people/{id}", $"/api/v1/people/{r.Survivor}", UpdatePerson),
            new("/api/v1/relationships/{id}", $"/api/v1/relationships/{r.Relationship}", UpdatePerson),
            new("/api/v1/intakes/{id}", $"/api/v1/intakes/{r.OpenIntake}", ChangeCaseWork),
            new("/api/v1/map-entries/{id}", $"/api/v1/map-entries/{r.MapEntry}", ChangeCaseWork, ReadAsInput.CategoryByKey),
            new("/api/v1/plan-goals/{id}", $"/api/v1/plan-goals/{r.PlanGoal}", ChangeCaseWork),
            new("/api/v1/safety-plans/{id}", $"/api/v1/safety-plans/{r.SafetyPlan}", UpdateSafetyPlan),
            new("/api/v1/risk-plans/{id}", $"/api/v1/risk-plans/{r.RiskPlan}", ChangeCaseWork),
            new("/api/v1/meetings/{id}", $"/api/v1/meetings/{r.Meeting}", ChangeCaseWork, ReadAsInput.MeetingFromPack),
            new("/api/v1/supervision/{id}", $"/api/v1/supervision/{r.Supervision}", UpdateSupervision),
        };

        if (r.Review is { } review)
        {
            changes.Add(new("/api/v1/reviews/{id}", $"/api/v1/reviews/{review}", UpdateReview));
        }

        return changes;
    }
}
