using Lantern.Core.Sharing;

namespace Lantern.Web.Pages.Sharing;

/// <summary>Information categories in a caseworker's words.</summary>
public static class SharingLabels
{
    public static IReadOnlyList<InformationCategory> Categories { get; } =
        Enum.GetValues<InformationCategory>().Where(c => c != InformationCategory.None).ToList();

    public static string For(InformationCategory category) => category switch
    {
        InformationCategory.Identity => "Identity and contact",
        InformationCategory.Intakes => "Concerns received (intakes)",
        InformationCategory.CoerciveControl => "Map: his pattern of coercive control",
        InformationCategory.HarmToChild => "Map: his actions to harm the children",
        InformationCategory.ProtectiveEfforts => "Map: her protective efforts",
        InformationCategory.ChildImpact => "Map: impact on each child",
        InformationCategory.IntersectingFactors => "Map: substance misuse, mental health and other factors",
        InformationCategory.Notes => "Case notes",
        InformationCategory.Plans => "Plans",
        InformationCategory.SafetyPlans => "Safety plans (with an individual grant as well)",
        InformationCategory.SurvivorLocation => "The survivor's location (with an individual grant as well)",
        InformationCategory.Meetings => "Meetings",
        InformationCategory.Reviews => "Reviews",
        _ => category.ToString(),
    };

    public static string Describe(InformationCategory categories) =>
        string.Join("; ", Categories.Where(c => (categories & c) != InformationCategory.None).Select(For));

    public static string For(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft => "Draft",
        AgreementStatus.Active => "Approved and in force",
        AgreementStatus.Suspended => "Suspended",
        AgreementStatus.Ended => "Ended",
    };
}
