using System.ComponentModel.DataAnnotations;

namespace Lantern.Core.Meetings;

/// <summary>A meeting as typed: rows of attendees and actions with every field empty are ignored.</summary>
public sealed record MeetingInput
{
    public const int MaxTextLength = 8000;
    public const int MaxNameLength = 200;
    public const int MaxAttendees = 40;
    public const int MaxActions = 40;

    [Required(ErrorMessage = "Choose the kind of meeting.")]
    public MeetingKind? Kind { get; init; }

    [Required(ErrorMessage = "Enter the date of the meeting.")]
    public DateOnly? HeldOn { get; init; }

    [StringLength(2000, ErrorMessage = "Keep the purpose under 2,000 characters.")]
    public string? Purpose { get; init; }

    public IReadOnlyList<AttendeeInput>? Attendees { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep these minutes under 8,000 characters.")]
    public string? CoerciveControlMinutes { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep these minutes under 8,000 characters.")]
    public string? HarmToChildMinutes { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep these minutes under 8,000 characters.")]
    public string? ProtectiveEffortsMinutes { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep these minutes under 8,000 characters.")]
    public string? ChildImpactMinutes { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep these minutes under 8,000 characters.")]
    public string? IntersectingFactorsMinutes { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep these minutes under 8,000 characters.")]
    public string? OtherMinutes { get; init; }

    [StringLength(MaxTextLength, ErrorMessage = "Keep the decisions under 8,000 characters.")]
    public string? Decisions { get; init; }

    public IReadOnlyList<MeetingActionInput>? Actions { get; init; }

    /// <summary>Required when changing an existing meeting.</summary>
    public uint? Version { get; init; }
}

/// <summary>One attendee as typed.</summary>
public sealed record AttendeeInput
{
    public string? Name { get; init; }
    public string? Role { get; init; }
    public Guid? AgencyId { get; init; }
    public bool Attended { get; init; } = true;

    internal bool IsEmpty() => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role) && AgencyId is null;
}

/// <summary>One action as typed; an existing action carries its id and the version read.</summary>
public sealed record MeetingActionInput
{
    public Guid? Id { get; init; }
    public uint? Version { get; init; }
    public string? Description { get; init; }
    public string? Owner { get; init; }
    public Guid? OwnerAgencyId { get; init; }
    public DateOnly? DueOn { get; init; }
    public MeetingActionStatus? Status { get; init; }
    public DateOnly? CompletedOn { get; init; }

    internal bool IsEmpty() => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Owner) && OwnerAgencyId is null && DueOn is null && CompletedOn is null;
}

/// <summary>An action's progress, as its owner records it from the actions list.</summary>
public sealed record ActionProgressInput
{
    [Required(ErrorMessage = "Choose where the action has got to.")]
    public MeetingActionStatus? Status { get; init; }

    [StringLength(2000, ErrorMessage = "Keep the note under 2,000 characters.")]
    public string? Note { get; init; }

    [Required(ErrorMessage = "The record version is missing: reload the page and try again.")]
    public uint? Version { get; init; }
}
