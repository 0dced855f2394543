namespace Lantern.Practice.Mapping;

/// <summary>A perpetrator's behaviour towards workers and professionals, and how to plan contact with him because of it.</summary>
/// <param name="EntryIds">The entries that raised the alert.</param>
/// <param name="WeaponsAccess">Access to weapons or firearms is recorded.</param>
/// <param name="Advice">How to plan the interview with him (joint visit, office setting, checks before a visit).</param>
public sealed record WorkerSafetyAlert(Guid PerpetratorId, IReadOnlyList<Guid> EntryIds, bool WeaponsAccess, IReadOnlyList<string> Advice);

public static class WorkerSafety
{
    /// <summary>One alert per perpetrator with at least one entry in a worker-safety category; none otherwise.</summary>
    public static IReadOnlyList<WorkerSafetyAlert> Assess(IEnumerable<MapEntryFacts> entries, MapTaxonomy taxonomy) => throw new NotImplementedException();
}
