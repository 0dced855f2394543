namespace Lantern.Practice.Mapping;

/// <summary>"What we don't know yet": the gaps in a case's map, each with why it matters.</summary>
public static class MapGapRules
{
    public const string NoPerpetrator = "no-perpetrator";
    public const string ComponentEmpty = "component-empty";
    public const string ChildWithoutImpact = "child-without-impact";
    public const string PerpetratorWithoutHarmToChild = "perpetrator-without-harm-to-child";
    public const string CoerciveControlUncorroborated = "coercive-control-uncorroborated";
    public const string FactorsDoubleStandard = "factors-double-standard";
    public const string PerpetratorNotInterviewed = "perpetrator-not-interviewed";
    public const string Stale = "map-stale";

    /// <summary>Entries recorded longer ago than this leave the map stale.</summary>
    public const int StaleAfterMonths = 6;

    public static IReadOnlyList<MapGap> Find(MapSnapshot map, DateOnly today) => throw new NotImplementedException();
}
