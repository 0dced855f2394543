using Lantern.Practice.Mapping;

namespace Lantern.Core.Map;

/// <summary>
/// One piece of the five-component picture. An entry belongs to its case and, through <see cref="PerpetratorId"/>, to
/// the man whose behaviour it records, so his pattern follows him into every case the user may see.
/// </summary>
public sealed class MapEntry : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public MapComponent Component { get; set; }
    public string CategoryKey { get; set; } = "";
    public string Description { get; set; } = "";
    public PeriodAccuracy Accuracy { get; set; }
    public DateOnly? OccurredOn { get; set; }

    /// <summary>The end of a period; empty for a single event or one still going on.</summary>
    public DateOnly? OccurredUntil { get; set; }
    public EvidenceSource Source { get; set; }

    /// <summary>Which report, interview or agency, in the worker's words.</summary>
    public string? SourceDetail { get; set; }
    public bool Verified { get; set; }
    public Guid? PerpetratorId { get; set; }
    public Guid? AdultId { get; set; }
    public List<Guid> ChildIds { get; set; } = [];
    public bool? ChildrenPresent { get; set; }
    public bool UnderminedByPerpetrator { get; set; }

    /// <summary>For an impact on a child: the behaviour entries that cause it.</summary>
    public List<Guid> CausedBy { get; set; } = [];

    /// <summary>The agency whose user recorded the entry; shown with it, so that partners' contributions are visible.</summary>
    public Guid ContributedByAgencyId { get; set; }
    public Guid RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }
}
