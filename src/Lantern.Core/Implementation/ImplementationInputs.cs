using System.ComponentModel.DataAnnotations;

namespace Lantern.Core.Implementation;

/// <summary>The limits every implementation record shares, named once so that forms, services and the database agree.</summary>
public static class ImplementationLimits
{
    public const int MaxNameLength = 200;
    public const int MaxAttendeesAtOnce = 60;
    public const int MaxMeetingAttendeesLength = 2000;
    public const int MaxLearningLength = 8000;
    public const int MaxCasesDiscussed = 30;
    public const int MaxAudienceLength = 200;
    public const int MaxTopicLength = 400;
    public const int MaxPresenterLength = 200;
    public const int MaxAttendeeCount = 10000;
    public const int MaxNotesLength = 4000;
    public const int MaxEvidenceLength = 2000;

    /// <summary>An earlier date is a typing slip (a two-digit year, a transposed digit), not an old record.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);
}

/// <summary>
/// Attendance at one training on one day: any number of the agency's users (by id) and of people typed by name
/// (staff without an account, or from before Lantern). Each attendee becomes one record.
/// </summary>
public sealed record TrainingInput
{
    [Required(ErrorMessage = "Choose the training.")]
    public TrainingCourse? Course { get; init; }

    [Required(ErrorMessage = "Enter the date of the training.")]
    public DateOnly? AttendedOn { get; init; }

    public IReadOnlyList<Guid>? UserIds { get; init; }

    /// <summary>People without a Lantern account, one name each; empty entries are ignored.</summary>
    public IReadOnlyList<string?>? Names { get; init; }
}

/// <summary>Someone from the agency becomes a practice champion.</summary>
public sealed record ChampionInput
{
    [Required(ErrorMessage = "Choose who is becoming a champion.")]
    public Guid? UserId { get; init; }

    [Required(ErrorMessage = "Enter the date they became a champion.")]
    public DateOnly? Since { get; init; }
}

/// <summary>A champion steps down.</summary>
public sealed record ChampionEndInput
{
    [Required(ErrorMessage = "Enter the date they stopped being a champion.")]
    public DateOnly? Until { get; init; }
}

/// <summary>A monthly practice meeting as typed: cases discussed are given by their references.</summary>
public sealed record PracticeMeetingInput
{
    [Required(ErrorMessage = "Enter the date of the meeting.")]
    public DateOnly? HeldOn { get; init; }

    [Required(ErrorMessage = "Enter who attended.")]
    [StringLength(ImplementationLimits.MaxMeetingAttendeesLength, ErrorMessage = "Keep the attendees under 2,000 characters.")]
    public string? Attendees { get; init; }

    /// <summary>References such as LAN-000123; each must be a case of the agency's that the person recording may see.</summary>
    public IReadOnlyList<string?>? CaseReferences { get; init; }

    [Required(ErrorMessage = "Enter what was learnt.")]
    [StringLength(ImplementationLimits.MaxLearningLength, ErrorMessage = "Keep the learning under 8,000 characters.")]
    public string? Learning { get; init; }

    /// <summary>Required when changing an existing meeting.</summary>
    public uint? Version { get; init; }
}

/// <summary>A presentation of the model to a unit or a partner agency.</summary>
public sealed record PresentationInput
{
    [Required(ErrorMessage = "Enter the date of the presentation.")]
    public DateOnly? GivenOn { get; init; }

    [Required(ErrorMessage = "Choose who the presentation was for.")]
    public PresentationAudience? AudienceKind { get; init; }

    [Required(ErrorMessage = "Name the unit or agency it was given to.")]
    [StringLength(ImplementationLimits.MaxAudienceLength, ErrorMessage = "Keep the audience under 200 characters.")]
    public string? Audience { get; init; }

    [Required(ErrorMessage = "Enter the topic.")]
    [StringLength(ImplementationLimits.MaxTopicLength, ErrorMessage = "Keep the topic under 400 characters.")]
    public string? Topic { get; init; }

    [Required(ErrorMessage = "Enter who gave it.")]
    [StringLength(ImplementationLimits.MaxPresenterLength, ErrorMessage = "Keep the presenter under 200 characters.")]
    public string? Presenter { get; init; }

    [Range(1, ImplementationLimits.MaxAttendeeCount, ErrorMessage = "Enter a number of people between 1 and 10,000, or leave it empty.")]
    public int? AttendeeCount { get; init; }
}

/// <summary>A self-assessment on the practice continuum: a level, with its evidence, for every area.</summary>
public sealed record ContinuumInput
{
    [Required(ErrorMessage = "Enter the date of the self-assessment.")]
    public DateOnly? AssessedOn { get; init; }

    [StringLength(ImplementationLimits.MaxNotesLength, ErrorMessage = "Keep the notes under 4,000 characters.")]
    public string? Notes { get; init; }

    public IReadOnlyList<ContinuumRatingInput?>? Ratings { get; init; }
}

/// <summary>One area's level as chosen, with the evidence for it.</summary>
public sealed record ContinuumRatingInput
{
    public ContinuumArea? Area { get; init; }
    public ContinuumLevel? Level { get; init; }
    public string? Evidence { get; init; }
}
