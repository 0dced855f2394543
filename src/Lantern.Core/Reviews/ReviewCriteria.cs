using Lantern.Practice.Mapping;
using Lantern.Practice.Review;

namespace Lantern.Core.Reviews;

/// <summary>The criteria's names and questions as reviewers read them.</summary>
public static class ReviewCriteria
{
    public static string Title(ReviewCriterion criterion) => criterion switch
    {
        ReviewCriterion.PartnershipWithSurvivor => "Partnership with the survivor",
        ReviewCriterion.InterventionWithPerpetrator => "Intervention with the perpetrator",
        ReviewCriterion.ChildrenSafeAndTogether => "Children kept safe and together with the survivor",
        ReviewCriterion.CoerciveControlPattern => "His pattern of coercive control documented",
        ReviewCriterion.PerpetratorHarmToChildren => "His actions to harm the children documented",
        ReviewCriterion.ProtectiveEfforts => "The full spectrum of her protective efforts documented",
        ReviewCriterion.ImpactOnChildren => "The full adverse impact on the children documented",
        ReviewCriterion.IntersectingFactors => "Substance misuse, mental health, socio-economic and cultural factors documented",
        _ => criterion.ToString(),
    };

    public static string Question(ReviewCriterion criterion) => criterion switch
    {
        ReviewCriterion.PartnershipWithSurvivor => "Does the record show the survivor treated as the default partner: seen, heard, her safety planned with her, never made responsible for his behaviour?",
        ReviewCriterion.InterventionWithPerpetrator => "Was he seen, interviewed about his behaviour and given behaviour-based goals that hold him to account?",
        ReviewCriterion.ChildrenSafeAndTogether => "Did the work aim to keep the children safe and with the survivor, supporting what she already does?",
        ReviewCriterion.CoerciveControlPattern => "Is his pattern described as his behaviour and choices, beyond single incidents, corroborated where possible?",
        ReviewCriterion.PerpetratorHarmToChildren => "Are the things he did to harm the children, directly and through their mother, written down with him as the actor?",
        ReviewCriterion.ProtectiveEfforts => "Is everything she does for the children's safety and well-being recorded, not only leaving or calling the police?",
        ReviewCriterion.ImpactOnChildren => "Is the impact of his behaviour recorded for every child, on safety, health, development, schooling, emotions and relationships?",
        ReviewCriterion.IntersectingFactors => "Are these factors recorded for each adult, him included, and how his pattern interacts with them?",
        _ => "",
    };

    public static string ComponentTitle(MapComponent component) => component switch
    {
        MapComponent.CoerciveControl => "Coercive control",
        MapComponent.HarmToChild => "Harm to the children",
        MapComponent.ProtectiveEfforts => "Protective efforts",
        MapComponent.ChildImpact => "Impact on the children",
        MapComponent.IntersectingFactors => "Other factors",
        _ => component.ToString(),
    };

    public static string Rating(ReviewRating rating) => rating switch
    {
        ReviewRating.NotEvident => "Not evident",
        ReviewRating.PartlyEvident => "Partly evident",
        ReviewRating.ClearlyEvident => "Clearly evident",
        _ => rating.ToString(),
    };
}
