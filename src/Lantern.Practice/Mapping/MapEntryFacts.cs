namespace Lantern.Practice.Mapping;

/// <summary>What the engines need to know about one map entry (no text, no storage concerns).</summary>
public sealed record MapEntryFacts
{
    public required Guid Id { get; init; }
    public required MapComponent Component { get; init; }
    public required string CategoryKey { get; init; }
    public EvidenceSource Source { get; init; }
    public bool Verified { get; init; }
    public PeriodAccuracy Accuracy { get; init; }
    public DateOnly? OccurredOn { get; init; }
    public DateOnly RecordedOn { get; init; }

    /// <summary>The perpetrator who acted (coercive control, harm to the child), whose actions undermined an effort, or whose pattern interacts with a factor.</summary>
    public Guid? PerpetratorId { get; init; }

    /// <summary>The adult an intersecting factor concerns, or the survivor whose protective effort this is.</summary>
    public Guid? AdultId { get; init; }

    /// <summary>The children affected, present or involved.</summary>
    public IReadOnlyList<Guid> ChildIds { get; init; } = [];

    /// <summary>For behaviours: were children present or involved (null when not known).</summary>
    public bool? ChildrenPresent { get; init; }

    /// <summary>For protective efforts: did the perpetrator undermine it.</summary>
    public bool UnderminedByPerpetrator { get; init; }

    /// <summary>For impacts on a child: the behaviour entries that cause it, where known.</summary>
    public IReadOnlyList<Guid> CausedBy { get; init; } = [];
}
