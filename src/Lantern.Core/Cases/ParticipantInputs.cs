using System.ComponentModel.DataAnnotations;

namespace Lantern.Core.Cases;

public sealed record ParticipantInput
{
    [Required(ErrorMessage = "Choose the person.")]
    public Guid? PersonId { get; init; }

    [Required(ErrorMessage = "Choose the person's role in this case.")]
    public ParticipantRole? Role { get; init; }

    /// <summary>Required when changing an existing participant's role.</summary>
    public uint? Version { get; init; }
}
