using System.ComponentModel.DataAnnotations;
using Lantern.Practice.Mapping;

namespace Lantern.Core.Map;

public sealed record MapEntryInput
{
    public const int MaxDescriptionLength = 4000;

    [Required(ErrorMessage = "Choose which part of the map this entry belongs to.")]
    public MapComponent? Component { get; init; }

    [Required(ErrorMessage = "Choose a category.")]
    [StringLength(80, ErrorMessage = "Choose one of the categories listed.")]
    public string? CategoryKey { get; init; }

    [Required(ErrorMessage = "Describe what happened, in his actions or her efforts or the child's experience.")]
    [StringLength(MaxDescriptionLength, ErrorMessage = "Keep the description under 4,000 characters.")]
    public string? Description { get; init; }

    [Required(ErrorMessage = "Say how well the date is known.")]
    public PeriodAccuracy? Accuracy { get; init; }

    public DateOnly? OccurredOn { get; init; }

    public DateOnly? OccurredUntil { get; init; }

    [Required(ErrorMessage = "Choose where this information came from.")]
    public EvidenceSource? Source { get; init; }

    [StringLength(200, ErrorMessage = "Keep the source details under 200 characters.")]
    public string? SourceDetail { get; init; }

    public bool Verified { get; init; }

    public Guid? PerpetratorId { get; init; }

    public Guid? AdultId { get; init; }

    public IReadOnlyList<Guid>? ChildIds { get; init; }

    public bool? ChildrenPresent { get; init; }

    public bool UnderminedByPerpetrator { get; init; }

    public IReadOnlyList<Guid>? CausedBy { get; init; }

    /// <summary>Required when changing an existing entry.</summary>
    public uint? Version { get; init; }
}
