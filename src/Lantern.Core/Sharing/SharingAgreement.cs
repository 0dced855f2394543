namespace Lantern.Core.Sharing;

public enum AgreementStatus
{
    Draft,
    Active,
    Suspended,
    Ended,
}

/// <summary>A memorandum between agencies: who may see what on the cases shared under it, and on what basis.</summary>
public sealed class SharingAgreement : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Title { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public AgreementStatus Status { get; set; }

    /// <summary>The agreement's own version, raised by every change to its terms (shown to users; not the concurrency token).</summary>
    public int Revision { get; set; } = 1;
    public Guid? ApprovedById { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<AgreementParty> Parties { get; } = [];
}

/// <summary>One agency's part in an agreement: the categories it may see on shared cases, and whether consent is needed.</summary>
public sealed class AgreementParty
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgreementId { get; set; }
    public Guid AgencyId { get; set; }
    public InformationCategory Categories { get; set; }
    public bool ConsentRequired { get; set; }
}
