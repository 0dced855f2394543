using Lantern.Core.Cases;
using Lantern.Practice.Mapping;

namespace Lantern.Core.Map;

public sealed record MapEntryView(
    Guid Id,
    Guid CaseId,
    MapComponent Component,
    MapCategory Category,
    string Description,
    PeriodAccuracy Accuracy,
    DateOnly? OccurredOn,
    DateOnly? OccurredUntil,
    EvidenceSource Source,
    string? SourceDetail,
    bool Verified,
    Guid? PerpetratorId,
    Guid? AdultId,
    IReadOnlyList<Guid> ChildIds,
    bool? ChildrenPresent,
    bool UnderminedByPerpetrator,
    IReadOnlyList<Guid> CausedBy,
    string ContributedBy,
    Guid ContributedByAgencyId,
    DateTimeOffset RecordedAt,
    uint Version)
{
    public MapEntryFacts ToFacts() => new()
    {
        Id = Id,
        Component = Component,
        CategoryKey = Category.Key,
        Source = Source,
        Verified = Verified,
        Accuracy = Accuracy,
        OccurredOn = OccurredOn,
        RecordedOn = DateOnly.FromDateTime(RecordedAt.UtcDateTime),
        PerpetratorId = PerpetratorId,
        AdultId = AdultId,
        ChildIds = ChildIds,
        ChildrenPresent = ChildrenPresent,
        UnderminedByPerpetrator = UnderminedByPerpetrator,
        CausedBy = CausedBy,
    };
}

/// <summary>A perpetrator's behaviours recorded in other cases the user may see.</summary>
/// <param name="Behaviours">Coercive control and harm to children recorded in his other cases.</param>
/// <param name="FromEarlierRelationships">Of those, the ones from relationships that have ended.</param>
public sealed record PatternElsewhere(Guid PerpetratorId, string Name, int Behaviours, int FromEarlierRelationships, int Cases);

public sealed record CaseMap(
    Guid CaseId,
    string Reference,
    CaseStatus Status,
    IReadOnlyList<MapPerson> People,
    IReadOnlyList<MapEntryView> Entries,
    IReadOnlyList<MapGap> Gaps,
    IReadOnlyList<WorkerSafetyAlert> WorkerSafety,
    IReadOnlyList<PatternElsewhere> Elsewhere,
    MapTaxonomy Taxonomy)
{
    private Dictionary<Guid, string>? names;
    private Dictionary<Guid, MapEntryView>? byId;

    public IEnumerable<MapEntryView> In(MapComponent component) => Entries.Where(e => e.Component == component);

    public IEnumerable<MapPerson> WithRole(MapRole role) => People.Where(p => p.Role == role);

    public string NameOf(Guid? id)
    {
        names ??= People.ToDictionary(p => p.Id, p => p.Name);
        return id is { } value ? names.GetValueOrDefault(value, "someone no longer on the case") : "";
    }

    public MapEntryView? Entry(Guid id)
    {
        byId ??= Entries.ToDictionary(e => e.Id);
        return byId.GetValueOrDefault(id);
    }
}

/// <summary>One case in a perpetrator's pattern.</summary>
/// <param name="Partners">The survivors in that case.</param>
/// <param name="IsEarlierRelationship">The relationship with the survivor has ended, or the case is closed.</param>
public sealed record PatternCase(Guid CaseId, string Reference, CaseStatus Status, DateOnly OpenedOn, IReadOnlyList<string> Partners, bool IsEarlierRelationship);

public sealed record PerpetratorPattern(
    Guid PersonId,
    string Name,
    IReadOnlyList<PatternCase> Cases,
    IReadOnlyList<MapEntryView> Entries,
    IReadOnlyList<WorkerSafetyAlert> WorkerSafety,
    IReadOnlyDictionary<Guid, string> Names)
{
    public PatternCase CaseOf(MapEntryView entry) => Cases.First(c => c.CaseId == entry.CaseId);
}

/// <summary>Chronology filters; empty means all.</summary>
public sealed record ChronologyFilter(MapComponent? Component = null, Guid? PersonId = null, EvidenceSource? Source = null);
