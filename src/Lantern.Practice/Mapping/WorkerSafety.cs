namespace Lantern.Practice.Mapping;

/// <summary>A perpetrator's behaviour towards workers and professionals, and how to plan contact with him because of it.</summary>
/// <param name="EntryIds">The entries that raised the alert.</param>
/// <param name="WeaponsAccess">Access to weapons or firearms is recorded.</param>
/// <param name="Advice">How to plan the interview with him (joint visit, office setting, checks before a visit).</param>
public sealed record WorkerSafetyAlert(Guid PerpetratorId, IReadOnlyList<Guid> EntryIds, bool WeaponsAccess, IReadOnlyList<string> Advice);

public static class WorkerSafety
{
    /// <summary>The category key for access to weapons or firearms.</summary>
    public const string WeaponsAccessKey = "cc.weapons-access";

    public const string JointVisitAdvice = "Plan the interview with him as a joint visit or in an office setting, not alone at the home.";
    public const string SupervisorAdvice = "Tell your supervisor before any contact and agree how you will leave safely.";
    public const string WeaponsAdvice = "Check weapons and firearms access with the police before any visit.";

    private static readonly IReadOnlyList<string> Advice = Array.AsReadOnly([JointVisitAdvice, SupervisorAdvice]);
    private static readonly IReadOnlyList<string> AdviceWithWeapons = Array.AsReadOnly([JointVisitAdvice, SupervisorAdvice, WeaponsAdvice]);

    /// <summary>One alert per perpetrator with at least one entry in a worker-safety category; none otherwise.</summary>
    /// <remarks>
    /// Alerts come in the order their perpetrator first appears among the entries. Weapons access is any entry in
    /// <c>cc.weapons-access</c> or in another worker-safety category marked high risk. Entries without a perpetrator,
    /// and entries whose key the taxonomy does not know, raise nothing.
    /// </remarks>
    public static IReadOnlyList<WorkerSafetyAlert> Assess(IEnumerable<MapEntryFacts> entries, MapTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(taxonomy);
        List<(Guid PerpetratorId, List<Guid> EntryIds, bool Weapons)>? groups = null;
        foreach (var entry in entries)
        {
            if (entry?.PerpetratorId is not { } perpetratorId || taxonomy.Find(entry.CategoryKey) is not { WorkerSafety: true } category)
            {
                continue;
            }

            var weapons = category.HighRisk || string.Equals(category.Key, WeaponsAccessKey, StringComparison.Ordinal);
            groups ??= [];
            var index = groups.Count - 1;
            while (index >= 0 && groups[index].PerpetratorId != perpetratorId)
            {
                index--;
            }

            if (index < 0)
            {
                groups.Add((perpetratorId, [entry.Id], weapons));
            }
            else
            {
                var group = groups[index];
                group.EntryIds.Add(entry.Id);
                groups[index] = group with { Weapons = group.Weapons || weapons };
            }
        }

        if (groups is null)
        {
            return [];
        }

        var alerts = new WorkerSafetyAlert[groups.Count];
        for (var i = 0; i < alerts.Length; i++)
        {
            var (perpetratorId, entryIds, weapons) = groups[i];
            alerts[i] = new WorkerSafetyAlert(perpetratorId, entryIds, weapons, weapons ? AdviceWithWeapons : Advice);
        }

        return alerts;
    }
}
