namespace Lantern.Practice.Mapping;

/// <summary>The five critical components of the model, in the order a map is read.</summary>
public enum MapComponent
{
    CoerciveControl,
    HarmToChild,
    ProtectiveEfforts,
    ChildImpact,
    IntersectingFactors,
}
