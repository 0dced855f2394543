using Lantern.Core.Supervision;
using Lantern.Practice.Mapping;
using Lantern.Web.Pages.Forms;
using Lantern.Web.Pages.Map;

namespace Lantern.Web.Pages.Supervision;

/// <summary>Supervision's stored values in the words a supervisor reads (exhaustive switches, as in <see cref="Labels"/>).</summary>
public static class SupervisionLabels
{
    /// <summary>A component discussed, in the map's own words, so that supervision and the map speak alike.</summary>
    public static string For(DiscussedComponents component) => component switch
    {
        DiscussedComponents.None => "None",
        DiscussedComponents.CoerciveControl => MapLabels.For(MapComponent.CoerciveControl),
        DiscussedComponents.HarmToChild => MapLabels.For(MapComponent.HarmToChild),
        DiscussedComponents.ProtectiveEfforts => MapLabels.For(MapComponent.ProtectiveEfforts),
        DiscussedComponents.ChildImpact => MapLabels.For(MapComponent.ChildImpact),
        DiscussedComponents.IntersectingFactors => MapLabels.For(MapComponent.IntersectingFactors),
    };

    public static string For(CoachingAreas area) => area switch
    {
        CoachingAreas.None => "None",
        CoachingAreas.Documentation => "Documentation",
        CoachingAreas.InterviewingPerpetrator => "Interviewing the perpetrator",
        CoachingAreas.PlanningWithPerpetrator => "Planning with the perpetrator",
        CoachingAreas.PartneringWithSurvivor => "Partnering with the survivor",
        CoachingAreas.SafetyPlanning => "Safety planning",
        CoachingAreas.ImpactOnChildren => "Describing the impact on the children",
    };

    public static string For(SupervisionActionStatus status) => status switch
    {
        SupervisionActionStatus.Open => "Still open",
        SupervisionActionStatus.Done => "Done",
        SupervisionActionStatus.NotDone => "Not done",
    };

    /// <summary>What the coaching in each area looks for, as the checkbox's hint.</summary>
    public static string Hint(CoachingAreas area) => area switch
    {
        CoachingAreas.None => "",
        CoachingAreas.Documentation => "His behaviour named as his choices, her efforts in full, the children's experience in their own words.",
        CoachingAreas.InterviewingPerpetrator => "Planning where and how to see him safely, and keeping the questions on his behaviour and the children.",
        CoachingAreas.PlanningWithPerpetrator => "Behaviour-based, measurable goals for him; never making her responsible for what he does.",
        CoachingAreas.PartneringWithSurvivor => "Working with her as the default partner, and recognising what she already does.",
        CoachingAreas.SafetyPlanning => "Plans that belong to her and the children, kept from him.",
        CoachingAreas.ImpactOnChildren => "Each child's safety, health, development, schooling and bond with their mother.",
    };

    public static IReadOnlyList<Choice> Components { get; } =
        Choice.FromEnum<DiscussedComponents>(For, DiscussedComponents.CoerciveControl, DiscussedComponents.HarmToChild, DiscussedComponents.ProtectiveEfforts,
            DiscussedComponents.ChildImpact, DiscussedComponents.IntersectingFactors);

    public static IReadOnlyList<Choice> CoachingChoices { get; } =
        [.. new[]
        {
            CoachingAreas.Documentation, CoachingAreas.InterviewingPerpetrator, CoachingAreas.PlanningWithPerpetrator, CoachingAreas.PartneringWithSurvivor,
            CoachingAreas.SafetyPlanning, CoachingAreas.ImpactOnChildren,
        }.Select(a => new Choice(a.ToString(), For(a), Hint(a)))];

    /// <summary>Done and not done first: following an action up means saying which.</summary>
    public static IReadOnlyList<Choice> FollowUpStatuses { get; } =
        Choice.FromEnum<SupervisionActionStatus>(For, SupervisionActionStatus.Done, SupervisionActionStatus.NotDone, SupervisionActionStatus.Open);

    public static string List(IEnumerable<DiscussedComponents> components) => string.Join("; ", components.Select(For));

    public static string List(IEnumerable<CoachingAreas> areas) => string.Join("; ", areas.Select(For));
}
