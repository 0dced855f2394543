namespace Lantern.Practice.Mapping;

/// <summary>
/// Short names for the gap rules, for places that count gaps across many cases (a dashboard's "most frequent gaps")
/// rather than explain one: the rule's own message names the people of one case and says why the gap matters.
/// </summary>
public static class MapGapNames
{
    /// <summary>The gap in a few words; an empty component is named after its component. Unknown rules keep their id.</summary>
    public static string For(string ruleId, MapComponent? component = null) => ruleId switch
    {
        MapGapRules.NoPerpetrator => "No perpetrator recorded",
        MapGapRules.ComponentEmpty => component switch
        {
            MapComponent.CoerciveControl => "Nothing recorded about his pattern of coercive control",
            MapComponent.HarmToChild => "Nothing recorded about his actions to harm the children",
            MapComponent.ProtectiveEfforts => "Nothing recorded about the survivor's protective efforts",
            MapComponent.ChildImpact => "Nothing recorded about the impact on the children",
            MapComponent.IntersectingFactors => "Nothing recorded about substance misuse, mental health and other factors",
            null => "A component of the map is empty",
        },
        MapGapRules.ChildWithoutImpact => "A child with no impact recorded",
        MapGapRules.PerpetratorWithoutHarmToChild => "A perpetrator with no harm to the children recorded",
        MapGapRules.CoerciveControlUncorroborated => "Coercive control known only from the survivor's account",
        MapGapRules.FactorsDoubleStandard => "Factors recorded for the survivor but not for him",
        MapGapRules.PerpetratorNotInterviewed => "No interview with the perpetrator",
        MapGapRules.Stale => "Nothing added to the map for six months",
        _ => ruleId,
    };

    /// <summary>The rules in the order they are declared (and found), for a stable order among equal counts.</summary>
    public static IReadOnlyList<string> RuleOrder { get; } =
    [
        MapGapRules.NoPerpetrator, MapGapRules.ComponentEmpty, MapGapRules.ChildWithoutImpact, MapGapRules.PerpetratorWithoutHarmToChild,
        MapGapRules.CoerciveControlUncorroborated, MapGapRules.FactorsDoubleStandard, MapGapRules.PerpetratorNotInterviewed, MapGapRules.Stale,
    ];
}
