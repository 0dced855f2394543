using System.ComponentModel.DataAnnotations;

namespace Lantern.Core.Referrals;

public sealed record ServiceInput
{
    [Required(ErrorMessage = "Enter the service's name.")]
    [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string? Name { get; init; }

    [Required(ErrorMessage = "Choose the kind of service.")]
    public ServiceKind? Kind { get; init; }

    /// <summary>Empty for a service outside Lantern.</summary>
    public Guid? AgencyId { get; init; }

    [StringLength(1000, ErrorMessage = "Keep the contact details under 1,000 characters.")]
    public string? Contact { get; init; }
}

public sealed record ReferralInput
{
    [Required(ErrorMessage = "Choose the service to refer to.")]
    public Guid? ServiceId { get; init; }

    [Required(ErrorMessage = "Choose who is being referred.")]
    public Guid? PersonId { get; init; }

    [Required(ErrorMessage = "Say where the referral comes from.")]
    public ReferralSource? Source { get; init; }

    [Required(ErrorMessage = "Give the reason for the referral.")]
    [StringLength(Referral.MaxReasonLength, ErrorMessage = "Keep the reason under 2,000 characters.")]
    public string? Reason { get; init; }
}

public sealed record StatusInput
{
    [Required(ErrorMessage = "Choose the referral's new status.")]
    public ReferralStatus? Status { get; init; }

    /// <summary>Required when declining.</summary>
    [StringLength(Referral.MaxReasonLength, ErrorMessage = "Keep the reason under 2,000 characters.")]
    public string? Reason { get; init; }
}

public sealed record ServiceView(Guid Id, string Name, ServiceKind Kind, Guid? AgencyId, string? AgencyName, string Contact, bool IsActive);

/// <summary>
/// A referral as the caller may see it. The case and the person's id are given only to the referring agency; the
/// providing agency reads the person's name, the reason, the status and who referred.
/// </summary>
public sealed record ReferralView(Guid Id, Guid? CaseId, string? CaseReference, Guid? PersonId, string PersonName, Guid ServiceId, string ServiceName,
    ServiceKind ServiceKind, string? ProviderAgencyName, ReferralSource Source, string Reason, ReferralStatus Status, string? DeclineReason,
    string ReferringAgencyName, string SentByName, DateTimeOffset SentAt, DateTimeOffset? ReceivedAt, DateTimeOffset? DecidedAt, DateTimeOffset? CompletedAt,
    bool IsProvider, bool IsReferrer);

public sealed record ReferralBoxes(IReadOnlyList<ReferralView> Inbox, IReadOnlyList<ReferralView> Outbox);

public sealed record NotificationView(Guid Id, string Text, string Link, DateTimeOffset CreatedAt, bool IsRead);
