using System.ComponentModel.DataAnnotations;

namespace Lantern.Core.Notes;

public sealed record NoteInput
{
    public const int MaxTextLength = 20_000;

    [Required(ErrorMessage = "Choose what kind of contact this was.")]
    public NoteKind? Kind { get; init; }

    [Required(ErrorMessage = "Enter who the contact was with.")]
    [StringLength(200, ErrorMessage = "Keep who the contact was with under 200 characters.")]
    public string? WithWhom { get; init; }

    [Required(ErrorMessage = "Enter the date of the contact.")]
    public DateOnly? OccurredOn { get; init; }

    [Required(ErrorMessage = "Write the note.")]
    [StringLength(MaxTextLength, ErrorMessage = "Keep the note under 20,000 characters.")]
    public string? Text { get; init; }

    /// <summary>Required when changing an existing note.</summary>
    public uint? Version { get; init; }
}

public sealed record AddendumInput
{
    [Required(ErrorMessage = "Write the addendum.")]
    [StringLength(NoteInput.MaxTextLength, ErrorMessage = "Keep the addendum under 20,000 characters.")]
    public string? Text { get; init; }
}

public sealed record DismissalInput
{
    [Required(ErrorMessage = "The finding to dismiss is missing: check the note again.")]
    [StringLength(100)]
    public string? RuleId { get; init; }

    [Required(ErrorMessage = "The phrase to dismiss is missing: check the note again.")]
    [StringLength(400, ErrorMessage = "The phrase is too long.")]
    public string? Phrase { get; init; }

    [Range(0, NoteInput.MaxTextLength)]
    public int Start { get; init; }

    [Range(0, NoteInput.MaxTextLength)]
    public int Length { get; init; }

    [Required(ErrorMessage = "Give a reason for leaving this phrase as written.")]
    [StringLength(1000, ErrorMessage = "Keep the reason under 1,000 characters.")]
    public string? Reason { get; init; }
}

public sealed record NoteSummary(Guid Id, NoteKind Kind, string WithWhom, DateOnly OccurredOn, string AuthorName, DateTimeOffset? SignedAt);

public sealed record AddendumView(Guid Id, string Text, string AuthorName, DateTimeOffset CreatedAt);

public sealed record DismissalView(Guid Id, string RuleId, string Phrase, int Start, int Length, string Reason, string DismissedByName, DateTimeOffset DismissedAt);

public sealed record NoteDetail(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    NoteKind Kind,
    string WithWhom,
    DateOnly OccurredOn,
    string Text,
    string AuthorName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SignedAt,
    string? SignedByName,
    uint Version,
    IReadOnlyList<AddendumView> Addenda,
    IReadOnlyList<DismissalView> Dismissals)
{
    public bool IsSigned => SignedAt is not null;
}

/// <summary>One note's findings in a batch check, without the ones a worker dismissed with a reason.</summary>
public sealed record NoteCheck(NoteSummary Note, IReadOnlyList<Practice.Language.LanguageFinding> Findings, int Dismissed);

/// <summary>A note's check in a team-wide check, with the case it belongs to.</summary>
public sealed record CaseNoteCheck(Guid CaseId, string CaseReference, NoteCheck Check);

public static class NoteKinds
{
    public static string Describe(NoteKind kind) => kind switch
    {
        NoteKind.Contact => "Contact",
        NoteKind.HomeVisit => "Home visit",
        NoteKind.OfficeVisit => "Office visit",
        NoteKind.PhoneCall => "Phone call",
        NoteKind.Interview => "Interview",
        _ => "Other",
    };
}
