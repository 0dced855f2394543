using System.ComponentModel.DataAnnotations;

namespace Lantern.Core.People;

public sealed record RelationshipInput
{
    [Required(ErrorMessage = "Choose the first person.")]
    public Guid? PersonId { get; init; }

    [Required(ErrorMessage = "Choose how the first person is related to the second.")]
    public RelationshipKind? Kind { get; init; }

    [Required(ErrorMessage = "Choose the second person.")]
    public Guid? RelatedPersonId { get; init; }

    public DateOnly? StartedOn { get; init; }
    public DateOnly? EndedOn { get; init; }

    /// <summary>Required when changing an existing relationship.</summary>
    public uint? Version { get; init; }
}
