using System.ComponentModel.DataAnnotations;

namespace Lantern.Core.Supervision;

/// <summary>
/// A supervision session as typed. Components and coaching areas are lists of single values (not combined flags), so
/// that an API client names each one and a value that is not offered is refused by name. Action rows with every field
/// empty are ignored.
/// </summary>
public sealed record SupervisionInput
{
    [Required(ErrorMessage = "Enter the date of the session.")]
    public DateOnly? HeldOn { get; init; }

    [Required(ErrorMessage = "Choose the worker supervised.")]
    public Guid? WorkerId { get; init; }

    public IReadOnlyList<DiscussedComponents>? Components { get; init; }

    [StringLength(SupervisionLimits.MaxTextLength, ErrorMessage = "Keep the gaps found under 8,000 characters.")]
    public string? GapsFound { get; init; }

    public IReadOnlyList<CoachingAreas>? Coaching { get; init; }

    [StringLength(SupervisionLimits.MaxTextLength, ErrorMessage = "Keep the coaching notes under 8,000 characters.")]
    public string? CoachingNotes { get; init; }

    public IReadOnlyList<SupervisionActionInput>? Actions { get; init; }

    /// <summary>Actions from other sessions followed up at this one. An action not listed is left as it is.</summary>
    public IReadOnlyList<FollowUpInput>? FollowUps { get; init; }

    /// <summary>Required when changing an existing session.</summary>
    public uint? Version { get; init; }
}

/// <summary>One action agreed at the session; an existing action carries its id and the version read.</summary>
public sealed record SupervisionActionInput
{
    public Guid? Id { get; init; }
    public uint? Version { get; init; }
    public string? Description { get; init; }
    public DateOnly? DueOn { get; init; }

    internal bool IsEmpty() => string.IsNullOrWhiteSpace(Description) && DueOn is null;
}

/// <summary>
/// Following up an earlier action: done, not done, or still open, with a note. "Still open" with no note leaves the
/// action as it was (not followed up at this session).
/// </summary>
public sealed record FollowUpInput
{
    public Guid? ActionId { get; init; }

    /// <summary>The action's version as read; when sent, a follow-up of an action changed meanwhile is refused (409).</summary>
    public uint? Version { get; init; }

    public SupervisionActionStatus? Status { get; init; }
    public string? Note { get; init; }

    internal bool FollowsUp => (Status ?? SupervisionActionStatus.Open) != SupervisionActionStatus.Open || !string.IsNullOrWhiteSpace(Note);
}
