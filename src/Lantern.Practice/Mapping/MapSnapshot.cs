namespace Lantern.Practice.Mapping;

/// <summary>One case's map as the engines see it: its people and its entries.</summary>
/// <param name="PerpetratorsInterviewed">Perpetrators with an interview recorded elsewhere on the case (a note of an interview with him), in addition to entries sourced from his interview.</param>
public sealed record MapSnapshot(
    IReadOnlyList<MapPerson> People,
    IReadOnlyList<MapEntryFacts> Entries,
    IReadOnlySet<Guid>? PerpetratorsInterviewed = null);
