using Lantern.Core.Access.Policy;
using static Lantern.Assurance.Tests.Policy.PolicyRights;

namespace Lantern.Assurance.Tests.Policy;

/// <summary>
/// Every GET route of the app, each with the row of the access policy that decides it. A route the app maps that is in
/// neither this list nor <see cref="OutsideTheMatrix"/> fails the matrix, so that no new page or endpoint goes untried.
/// </summary>
internal static class PolicyRoutes
{
    /// <summary>Routes the matrix does not request, each with the reason.</summary>
    public static IReadOnlyDictionary<string, string> OutsideTheMatrix { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["/"] = "the home page redirects to the user's caseload",
        ["/Error"] = "the error page, open to everyone",
        ["/Account/AccessDenied"] = "open to everyone",
        ["/Account/SignIn"] = "open to everyone",
        ["/Account/SignOut"] = "signs the user out",
        ["/Setup"] = "first-run setup, refused once an administrator exists",
        ["/openapi/{documentName}.json"] = "the API's description, for any signed-in user",
        ["/Meetings/Actions/{id:guid}/Progress"] = "decided by the action's owning agency, not the case; tried in the meetings tests",
        ["/Intakes/New"] = "starts a new case (case-list rule); tried by the intake journey tests",
        ["/Admin/Agencies/{id:guid}/MapCategories"] = "an agency's records, not a case's (administration rule)",
        ["/Admin/Agencies/{id:guid}/Teams/New"] = "an agency's records, not a case's (administration rule)",
        ["/Admin/Agreements/{id:guid}/Edit"] = "an agreement, not a case (administration rule)",
        ["/Implementation/Champions/{id:guid}/End"] = "the agency's implementation records, tried by the implementation tests",
        ["/Implementation/PracticeMeetings/{id:guid}"] = "the agency's implementation records, tried by the implementation tests",
        ["/Implementation/PracticeMeetings/{id:guid}/Edit"] = "the agency's implementation records, tried by the implementation tests",
        ["/Reviews/Samples/{id:guid}"] = "a review sample of the agency, tried by the review tests",
        ["/api/v1/review-samples/{id}"] = "a review sample of the agency, tried by the review tests",
        ["/api/v1/implementation/practice-meetings/{id}"] = "the agency's implementation records, tried by the implementation tests",
    };

    public static IReadOnlyList<PolicyRoute> For(CalderRecords r)
    {
        var routes = new List<PolicyRoute>
        {
            // Pages about the case and its records.
            Case("/Cases/{id:guid}", $"/Cases/{r.Case}", ReadCase),
            Case("/Cases/{id:guid}/Edit", $"/Cases/{r.Case}/Edit", UpdateCase),
            Case("/Cases/{caseId:guid}/Notes", $"/Cases/{r.Case}/Notes", ReadNote),
            Case("/Cases/{caseId:guid}/Notes/Check", $"/Cases/{r.Case}/Notes/Check", ReadNote),
            Case("/Cases/{caseId:guid}/Notes/New", $"/Cases/{r.Case}/Notes/New", ChangeCaseWork),
            Case("/Notes/{id:guid}", $"/Notes/{r.Note}", ReadNote),
            Case("/Notes/{id:guid}/Edit", $"/Notes/{r.Note}/Edit", ChangeCaseWork),
            Case("/Cases/{caseId:guid}/People/Existing", $"/Cases/{r.Case}/People/Existing", UpdateCase),
            Case("/Cases/{caseId:guid}/People/New", $"/Cases/{r.Case}/People/New", UpdateCase),
            Case("/Cases/{caseId:guid}/Relationships/New", $"/Cases/{r.Case}/Relationships/New", UpdateCase),
            Case("/People/{id:guid}", $"/People/{r.Survivor}", ReadPerson),
            Case("/People/{id:guid}/Edit", $"/People/{r.Survivor}/Edit", UpdatePerson),
            Case("/Intakes/{id:guid}", $"/Intakes/{r.Intake}", ReadIntake),
            Case("/Intakes/{id:guid}/Details", $"/Intakes/{r.OpenIntake}/Details", ChangeCaseWork),
            Case("/Intakes/{id:guid}/Check", $"/Intakes/{r.OpenIntake}/Check", ChangeCaseWork),
            Case("/Intakes/{id:guid}/Screening", $"/Intakes/{r.OpenIntake}/Screening", ChangeCaseWork),
            Case("/Cases/{caseId:guid}/Map", $"/Cases/{r.Case}/Map", ReadMap),
            Case("/Cases/{caseId:guid}/Chronology", $"/Cases/{r.Case}/Chronology", ReadMap),
            Case("/Cases/{caseId:guid}/Map/New", $"/Cases/{r.Case}/Map/New", AddToMap),
            Case("/MapEntries/{id:guid}/Edit", $"/MapEntries/{r.MapEntry}/Edit", ChangeCaseWork),
            Case("/MapEntries/{id:guid}/Remove", $"/MapEntries/{r.MapEntry}/Remove", ChangeCaseWork),
            Case("/People/{id:guid}/Pattern", $"/People/{r.Perpetrator}/Pattern", ReadMap),
            Case("/Cases/{caseId:guid}/Plan", $"/Cases/{r.Case}/Plan", ReadPlan),
            Case("/Cases/{caseId:guid}/Plan/Print", $"/Cases/{r.Case}/Plan/Print", ReadPlan),
            Case("/Cases/{caseId:guid}/Plan/Goals/New", $"/Cases/{r.Case}/Plan/Goals/New", ChangeCaseWork),
            Case("/Cases/{caseId:guid}/Plan/Review", $"/Cases/{r.Case}/Plan/Review", ChangeCaseWork),
            Case("/PlanGoals/{id:guid}/Edit", $"/PlanGoals/{r.PlanGoal}/Edit", ChangeCaseWork),
            Case("/Cases/{caseId:guid}/SafetyPlans", $"/Cases/{r.Case}/SafetyPlans", ReadCase),
            Case("/Cases/{caseId:guid}/SafetyPlans/New", $"/Cases/{r.Case}/SafetyPlans/New", ChangeCaseWork),
            Case("/SafetyPlans/{id:guid}", $"/SafetyPlans/{r.SafetyPlan}", ReadSafetyPlan),
            Case("/SafetyPlans/{id:guid}/Edit", $"/SafetyPlans/{r.SafetyPlan}/Edit", UpdateSafetyPlan),
            Case("/Cases/{caseId:guid}/RiskPlans", $"/Cases/{r.Case}/RiskPlans", ReadPlan),
            Case("/Cases/{caseId:guid}/RiskPlans/New", $"/Cases/{r.Case}/RiskPlans/New", ChangeCaseWork),
            Case("/RiskPlans/{id:guid}", $"/RiskPlans/{r.RiskPlan}", ReadPlan),
            Case("/RiskPlans/{id:guid}/Edit", $"/RiskPlans/{r.RiskPlan}/Edit", ChangeCaseWork),
            Case("/Cases/{caseId:guid}/Meetings", $"/Cases/{r.Case}/Meetings", ReadMeeting),
            Case("/Cases/{caseId:guid}/Meetings/New", $"/Cases/{r.Case}/Meetings/New", ChangeCaseWork),
            Case("/Meetings/{id:guid}", $"/Meetings/{r.Meeting}", ReadMeeting),
            Case("/Meetings/{id:guid}/Edit", $"/Meetings/{r.Meeting}/Edit", ChangeCaseWork),
            Case("/Cases/{caseId:guid}/Sharing", $"/Cases/{r.Case}/Sharing", ReadSharing),
            Case("/Cases/{caseId:guid}/Supervision", $"/Cases/{r.Case}/Supervision", ReadSupervision),
            Case("/Cases/{caseId:guid}/Supervision/New", $"/Cases/{r.Case}/Supervision/New", UpdateSupervision),
            Case("/Supervision/{id:guid}", $"/Supervision/{r.Supervision}", ReadSupervision),
            Case("/Supervision/{id:guid}/Edit", $"/Supervision/{r.Supervision}/Edit", UpdateSupervision),
            Case("/Cases/{caseId:guid}/Referrals", $"/Cases/{r.Case}/Referrals", ListReferrals),
            Case("/Cases/{caseId:guid}/Referrals/New", $"/Cases/{r.Case}/Referrals/New", ChangeCaseWork),
            Case("/Reviews/Cases/{caseId:guid}", $"/Reviews/Cases/{r.Case}", ReadReview),

            // The API about the case and its records.
            Case("/api/v1/cases/{id}", $"/api/v1/cases/{r.Case}", ReadCase),
            Case("/api/v1/cases/{caseId}/participants", $"/api/v1/cases/{r.Case}/participants", ReadPerson),
            Case("/api/v1/cases/{caseId}/participants/{participantId}", $"/api/v1/cases/{r.Case}/participants/{r.Participant}", ReadPerson),
            Case("/api/v1/people/{id}", $"/api/v1/people/{r.Survivor}", ReadPerson),
            Case("/api/v1/people/{id}/relationships", $"/api/v1/people/{r.Survivor}/relationships", ReadPerson),
            Case("/api/v1/people/{personId}/pattern", $"/api/v1/people/{r.Perpetrator}/pattern", ReadMap),
            Case("/api/v1/relationships/{id}", $"/api/v1/relationships/{r.Relationship}", ReadPerson),
            Case("/api/v1/cases/{caseId}/intakes", $"/api/v1/cases/{r.Case}/intakes", ReadIntake),
            Case("/api/v1/intakes/{id}", $"/api/v1/intakes/{r.Intake}", ReadIntake),
            Case("/api/v1/cases/{caseId}/map", $"/api/v1/cases/{r.Case}/map", ReadMap),
            Case("/api/v1/map-entries/{id}", $"/api/v1/map-entries/{r.MapEntry}", ReadMap),
            Case("/api/v1/cases/{caseId}/plan", $"/api/v1/cases/{r.Case}/plan", ReadPlan),
            Case("/api/v1/plan-goals/{id}", $"/api/v1/plan-goals/{r.PlanGoal}", ReadPlan),
            Case("/api/v1/cases/{caseId}/safety-plans", $"/api/v1/cases/{r.Case}/safety-plans", ReadCase),
            Case("/api/v1/safety-plans/{id}", $"/api/v1/safety-plans/{r.SafetyPlan}", ReadSafetyPlan),
            Case("/api/v1/cases/{caseId}/risk-plans", $"/api/v1/cases/{r.Case}/risk-plans", ReadPlan),
            Case("/api/v1/risk-plans/{id}", $"/api/v1/risk-plans/{r.RiskPlan}", ReadPlan),
            Case("/api/v1/cases/{caseId}/meetings", $"/api/v1/cases/{r.Case}/meetings", ReadMeeting),
            Case("/api/v1/meetings/{id}", $"/api/v1/meetings/{r.Meeting}", ReadMeeting),
            Case("/api/v1/meetings/{id}/packs/{agencyId}", $"/api/v1/meetings/{r.Meeting}/packs/{r.OwningAgency}", ReadPack),
            Case("/api/v1/cases/{caseId}/supervision", $"/api/v1/cases/{r.Case}/supervision", ReadSupervision),
            Case("/api/v1/supervision/{id}", $"/api/v1/supervision/{r.Supervision}", ReadSupervision),
            Case("/api/v1/cases/{caseId}/referrals", $"/api/v1/cases/{r.Case}/referrals", ListReferrals),
            Case("/api/v1/cases/{caseId}/reviews", $"/api/v1/cases/{r.Case}/reviews", ReadReview),
        };

        if (r.Referral is { } referral)
        {
            routes.Add(Case("/Referrals/{id:guid}", $"/Referrals/{referral}", ReadReferral));
            routes.Add(Case("/api/v1/referrals/{id}", $"/api/v1/referrals/{referral}", ReadReferral));
        }

        if (r.Review is { } review)
        {
            routes.Add(Case("/Reviews/{id:guid}", $"/Reviews/{review}", ReadReview));
            routes.Add(Case("/api/v1/reviews/{id}", $"/api/v1/reviews/{review}", ReadReview));
        }

        routes.AddRange(AgencyWide);
        return routes;
    }

    /// <summary>Lists, the agency's own records and administration: allowed or refused by role alone.</summary>
    private static IEnumerable<PolicyRoute> AgencyWide
    {
        get
        {
            var lists = AccessRights.ReadCaseLists;
            foreach (var url in new[] { "/Cases", "/Plans/Overdue", "/Meetings/Actions", "/Referrals", "/Notifications", "/api/v1/cases", "/api/v1/people", "/api/v1/meeting-actions", "/api/v1/referrals" })
            {
                yield return Wide(url, lists);
            }

            foreach (var url in new[] { "/Supervision", "/api/v1/supervision" })
            {
                yield return Wide(url, ListSupervision);
            }

            yield return Wide("/Notes/Team", AccessRights.ReadTeamNotes);
            foreach (var url in new[] { "/Reviews", "/api/v1/review-samples" })
            {
                yield return Wide(url, AccessRights.ReadReview);
            }

            foreach (var url in new[] { "/Dashboards/Practice", "/api/v1/dashboards/practice" })
            {
                yield return Wide(url, AccessRights.ReadDashboard);
            }

            foreach (var url in new[] { "/DataQuality", "/api/v1/data-quality" })
            {
                yield return Wide(url, AccessRights.ReadDataQuality);
            }

            foreach (var url in new[]
            {
                "/Implementation", "/Implementation/Champions", "/Implementation/Continuum", "/Implementation/PracticeMeetings", "/Implementation/Presentations",
                "/Implementation/Training", "/api/v1/implementation", "/api/v1/implementation/training", "/api/v1/implementation/staff",
                "/api/v1/implementation/champions", "/api/v1/implementation/practice-meetings", "/api/v1/implementation/presentations",
                "/api/v1/implementation/continuum",
            })
            {
                yield return Wide(url, AccessRights.ReadImplementation);
            }

            foreach (var url in new[] { "/Implementation/Champions/New", "/Implementation/Continuum/New", "/Implementation/Presentations/New", "/Implementation/Training/New" })
            {
                yield return Wide(url, AccessRights.RecordImplementation);
            }

            yield return Wide("/Implementation/PracticeMeetings/New", AccessRights.RecordPracticeMeeting);
            yield return Wide("/Audit", AccessRights.ReadAudit);
            foreach (var url in new[] { "/Admin", "/Admin/Agencies", "/Admin/Agencies/New", "/Admin/Agreements", "/Admin/Agreements/New", "/Admin/Services", "/Admin/Services/New", "/Admin/Users", "/Admin/Users/New" })
            {
                yield return Wide(url, AccessRights.Administer);
            }
        }
    }

    private static PolicyRoute Case(string pattern, string url, AccessRight right) => new(pattern, url, right, CaseScoped: true);

    private static PolicyRoute Wide(string url, AccessRight right) => new(url, url, right, CaseScoped: false);
}
