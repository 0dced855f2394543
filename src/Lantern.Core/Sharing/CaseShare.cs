namespace Lantern.Core.Sharing;

/// <summary>
/// A case shared with a partner agency under an agreement. What the partner may see is kept here, worked out from
/// the agreement and the consent whenever either changes, so that the query filters need one indexed test:
/// active, in date, and the category's flag set. Suspending the agreement or withdrawing consent clears
/// <see cref="IsActive"/> in the same transaction, so the next request sees nothing.
/// </summary>
public sealed class CaseShare
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public Guid AgreementId { get; set; }
    public Guid PartnerAgencyId { get; set; }
    public InformationCategory Categories { get; set; }
    public Guid? ConsentId { get; set; }

    /// <summary>Shared without the consent the agreement needs, by someone holding the override permission, with the reason.</summary>
    public bool ConsentOverridden { get; set; }
    public string? OverrideReason { get; set; }
    public bool IsActive { get; set; }
    public DateOnly ActiveFrom { get; set; }

    /// <summary>The earlier of the agreement's end and the consent's expiry; null when neither ends.</summary>
    public DateOnly? ValidUntil { get; set; }
    public Guid SharedById { get; set; }
    public DateTimeOffset SharedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}

/// <summary>The survivor's consent to sharing: who gave it, to what, when, until when; withdrawal ends it at once.</summary>
public sealed class Consent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid GivenByPersonId { get; set; }
    public Guid PartnerAgencyId { get; set; }
    public string Scope { get; set; } = "";
    public DateOnly GivenOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public Guid RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
