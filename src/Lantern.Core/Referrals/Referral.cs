namespace Lantern.Core.Referrals;

public enum ReferralSource
{
    Police,
    Agency,
    Self,
}

/// <summary>Sent → Received → Accepted or Declined (with a reason); Accepted → Completed.</summary>
public enum ReferralStatus
{
    Sent,
    Received,
    Accepted,
    Declined,
    Completed,
}

/// <summary>
/// A referral of a person in a case to a service. The referring agency is the case's own; the providing agency (if in
/// Lantern) sees this record — the person's name, the reason, the status, who referred — and never the case itself.
/// </summary>
public sealed class Referral
{
    public const int MaxReasonLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid ServiceId { get; set; }
    public Guid PersonId { get; set; }
    public ReferralSource Source { get; set; }
    public string Reason { get; set; } = "";
    public ReferralStatus Status { get; set; }
    public string? DeclineReason { get; set; }
    public Guid ReferredByAgencyId { get; set; }

    /// <summary>The service's agency when the referral was sent, kept here so that the query filter is one indexed test.</summary>
    public Guid? ProviderAgencyId { get; set; }
    public Guid SentById { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public Guid? ReceivedById { get; set; }
    public DateTimeOffset? ReceivedAt { get; set; }

    /// <summary>Who accepted or declined it, and when.</summary>
    public Guid? DecidedById { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? CompletedById { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>
/// An in-app notification, to one user or to every case worker of an agency (read once for the agency). Its text
/// carries nothing the recipient could not see: never a name or an address.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? UserId { get; set; }
    public Guid? AgencyId { get; set; }
    public string Text { get; set; } = "";
    public string Link { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public bool IsRead { get; set; }
    public Guid? ReadById { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
