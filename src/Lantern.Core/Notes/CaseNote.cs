namespace Lantern.Core.Notes;

public enum NoteKind
{
    Contact,
    HomeVisit,
    OfficeVisit,
    PhoneCall,
    Interview,
    Other,
}

/// <summary>A record of a contact, visit or interview on a case. Editable until signed; once signed it takes only addenda.</summary>
public sealed class CaseNote : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public NoteKind Kind { get; set; }
    public string WithWhom { get; set; } = "";
    public DateOnly OccurredOn { get; set; }
    public string Text { get; set; } = "";
    public Guid AuthorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    public Guid? SignedById { get; set; }

    /// <summary>Who the contact was with, worked out from <see cref="WithWhom"/> and the case's people when the note is saved.</summary>
    public Lantern.Practice.Review.ContactWith With { get; set; }

    /// <summary>Words in the text when last saved: the denominator of pivot findings per 1,000 words on dashboards.</summary>
    public int WordCount { get; set; }

    /// <summary>Pivot assistant findings standing in the text when last saved (not dismissed), by category.</summary>
    public int VictimBlamingFindings { get; set; }
    public int MutualizingFindings { get; set; }
    public int PerpetratorInvisibleFindings { get; set; }
    public int MinimizingFindings { get; set; }
    public int DoubleStandardFindings { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }
}

/// <summary>Text added to a note after it was signed; the signed text itself never changes.</summary>
public sealed class NoteAddendum
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid NoteId { get; set; }
    public CaseNote? Note { get; set; }
    public string Text { get; set; } = "";
    public Guid AuthorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A worker's reasoned decision to leave a flagged phrase as written.</summary>
public sealed class LanguageDismissal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid NoteId { get; set; }
    public CaseNote? Note { get; set; }
    public string RuleId { get; set; } = "";
    public string Phrase { get; set; } = "";
    public int Start { get; set; }
    public int Length { get; set; }
    public string Reason { get; set; } = "";
    public Guid DismissedById { get; set; }
    public DateTimeOffset DismissedAt { get; set; }
}
