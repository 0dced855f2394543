namespace Lantern.Core.Sharing;

/// <summary>
/// What a partner agency may see on a shared case, one flag per category; stored as a number so that one bitwise
/// test in the query filters decides it.
/// </summary>
[Flags]
#pragma warning disable CA1711 // "Flags" would be the framework's word; these are the agreement's categories.
public enum InformationCategory
#pragma warning restore CA1711
{
    None = 0,
    Identity = 1,
    Intakes = 2,
    CoerciveControl = 4,
    HarmToChild = 8,
    ProtectiveEfforts = 16,
    ChildImpact = 32,
    IntersectingFactors = 64,
    Notes = 128,
    Plans = 256,
    SafetyPlans = 512,
    SurvivorLocation = 1024,
    Meetings = 2048,
    Reviews = 4096,
}
