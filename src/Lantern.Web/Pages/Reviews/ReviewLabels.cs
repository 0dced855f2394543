using Lantern.Core.Reviews;
using Lantern.Practice.Review;
using Lantern.Web.Pages.Forms;

namespace Lantern.Web.Pages.Reviews;

public static class ReviewLabels
{
    public static IReadOnlyList<Choice> Ratings { get; } =
    [
        new(nameof(ReviewRating.NotEvident), ReviewCriteria.Rating(ReviewRating.NotEvident)),
        new(nameof(ReviewRating.PartlyEvident), ReviewCriteria.Rating(ReviewRating.PartlyEvident)),
        new(nameof(ReviewRating.ClearlyEvident), ReviewCriteria.Rating(ReviewRating.ClearlyEvident)),
    ];

    /// <summary>A CSS modifier per rating; the words are always shown too, so colour is never the only signal.</summary>
    public static string Css(ReviewRating rating) => rating switch
    {
        ReviewRating.ClearlyEvident => "lantern-rating--clear",
        ReviewRating.PartlyEvident => "lantern-rating--partly",
        _ => "lantern-rating--not",
    };

    /// <summary>Short form for the eight-column tables: the number matches the criterion's roman numeral in the key.</summary>
    public static string Brief(ReviewRating rating) => rating switch
    {
        ReviewRating.ClearlyEvident => "Clear",
        ReviewRating.PartlyEvident => "Partly",
        _ => "Not",
    };

    public static string Numeral(ReviewCriterion criterion) => criterion switch
    {
        ReviewCriterion.PartnershipWithSurvivor => "i",
        ReviewCriterion.InterventionWithPerpetrator => "ii",
        ReviewCriterion.ChildrenSafeAndTogether => "iii",
        ReviewCriterion.CoerciveControlPattern => "iv",
        ReviewCriterion.PerpetratorHarmToChildren => "v",
        ReviewCriterion.ProtectiveEfforts => "vi",
        ReviewCriterion.ImpactOnChildren => "vii",
        ReviewCriterion.IntersectingFactors => "viii",
        _ => "",
    };

    public static string Status(CaseReviewStatus status) => status == CaseReviewStatus.Confirmed ? "Confirmed" : "In progress";

    /// <summary>Where an evidence link takes the reviewer.</summary>
    public static string? Link(EvidenceView evidence, Guid caseId) => (evidence.Kind, evidence.Id) switch
    {
        (EvidenceKind.MapEntry, { } id) => $"/MapEntries/{id}/Edit",
        (EvidenceKind.PlanGoal, { } id) => $"/Cases/{caseId}/Plan#goal-{id}",
        (EvidenceKind.Note, { } id) => $"/Notes/{id}",
        (EvidenceKind.SafetyPlan, { } id) => $"/SafetyPlans/{id}",
        (EvidenceKind.MapGap, _) => $"/Cases/{caseId}/Map",
        (EvidenceKind.PlanFinding, _) => $"/Cases/{caseId}/Plan",
        _ => null,
    };
}
