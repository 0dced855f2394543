using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Referrals;

/// <summary>
/// Referrals along service pathways. The case's own agency refers a person in the case to a service; the service's
/// agency (when it uses Lantern) receives the referral and moves it along. The query filter on referrals lets the
/// referring agency (where it may see the case) and the providing agency read them; the providing agency never gains
/// the case: names are read here by id for the referrals the caller may see, and nothing else of the case is given.
/// Every read is audited.
/// </summary>
public sealed class ReferralService(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    /// <summary>The referrals made on a case the caller may see.</summary>
    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<IReadOnlyList<ReferralView>?> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.ReferralViewed, cancellationToken);
            return null;
        }

        var rows = await db.Referrals.AsNoTracking().Where(r => r.CaseId == caseId).OrderByDescending(r => r.SentAt).ToListAsync(cancellationToken);
        return await ViewsAsync(rows, "case", cancellationToken);
    }

    /// <summary>The inbox (referrals to the caller's agency's services) and the outbox (referrals its users sent).</summary>
    public async Task<ReferralBoxes> BoxesAsync(CancellationToken cancellationToken = default)
    {
        var agencyId = db.Scope.AgencyId;
        var inbox = await db.Referrals.AsNoTracking().Where(r => r.ProviderAgencyId == agencyId).OrderByDescending(r => r.SentAt).Take(200)
            .ToListAsync(cancellationToken);
        var outbox = await db.Referrals.AsNoTracking().Where(r => r.ReferredByAgencyId == agencyId).OrderByDescending(r => r.SentAt).Take(200)
            .ToListAsync(cancellationToken);
        var views = (await ViewsAsync(inbox.Concat(outbox).DistinctBy(r => r.Id).ToList(), "list", cancellationToken)).ToDictionary(v => v.Id);
        return new ReferralBoxes(inbox.Select(r => views[r.Id]).ToList(), outbox.Select(r => views[r.Id]).ToList());
    }

    /// <returns>Null when the referral is not visible to the caller.</returns>
    public async Task<ReferralView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is null)
        {
            await RecordDeniedAsync(id, AuditAction.ReferralViewed, cancellationToken);
            return null;
        }

        return (await ViewsAsync([row], "referral", cancellationToken))[0];
    }

    /// <summary>Refers a person in the case to a service; the service's agency is told.</summary>
    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<Referral?> SendAsync(Guid caseId, ReferralInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var owner = await db.Cases.Where(c => c.Id == caseId).Select(c => (Guid?)c.OwningAgencyId).SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.ReferralSent, cancellationToken);
            return null;
        }

        access.EnsureMayWrite();
        if (owner != db.Scope.AgencyId && db.Scope.Kind != ScopeKind.System)
        {
            throw new NotPermittedException("Only the case's own agency makes referrals from it.");
        }

        var errors = new Dictionary<string, string[]>();
        var service = input.ServiceId is { } serviceId
            ? await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId && s.IsActive, cancellationToken)
            : null;
        if (input.ServiceId is not null && service is null)
        {
            errors[nameof(ReferralInput.ServiceId)] = ["Choose a service from the directory."];
        }

        if (input.PersonId is { } personId && !await db.Participants.AnyAsync(p => p.CaseId == caseId && p.PersonId == personId, cancellationToken))
        {
            errors[nameof(ReferralInput.PersonId)] = ["Choose someone in this case."];
        }

        InputRules.Enforce(input, errors);
        var now = clock.Now();
        var referral = new Referral
        {
            CaseId = caseId,
            ServiceId = service!.Id,
            PersonId = input.PersonId!.Value,
            Source = input.Source!.Value,
            Reason = input.Reason!.Trim(),
            Status = ReferralStatus.Sent,
            ReferredByAgencyId = owner.Value,
            ProviderAgencyId = service.AgencyId,
            SentById = db.Scope.UserId,
            SentAt = now,
        };
        db.Referrals.Add(referral);
        if (service.AgencyId is { } provider)
        {
            var from = await db.Agencies.Where(a => a.Id == owner).Select(a => a.Name).SingleAsync(cancellationToken);
            db.Notifications.Add(new Notification
            {
                AgencyId = provider,
                Text = $"New referral to {service.Name} from {from}",
                Link = $"/Referrals/{referral.Id}",
                CreatedAt = now,
            });
        }

        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ReferralSent, CaseId: caseId, PersonId: referral.PersonId, SubjectId: referral.Id,
            Detail: $"service={service.Id};source={referral.Source}"));
        return referral;
    }

    /// <summary>The providing agency moves a referral along: received, accepted or declined (with a reason), completed. The referrer is told.</summary>
    /// <returns>False when the referral is not visible to the caller.</returns>
    public async Task<bool> ChangeStatusAsync(Guid id, StatusInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            await RecordDeniedAsync(id, AuditAction.ReferralStatusChanged, cancellationToken);
            return false;
        }

        access.EnsureMayWrite();
        if (db.Scope.Kind != ScopeKind.System && referral.ProviderAgencyId != db.Scope.AgencyId)
        {
            throw new NotPermittedException("Only the agency that provides the service moves a referral along.");
        }

        var errors = new Dictionary<string, string[]>();
        if (input.Status is { } wanted && !Allowed(referral.Status, wanted))
        {
            errors[nameof(StatusInput.Status)] = [$"A referral that is {referral.Status.ToString().ToLowerInvariant()} cannot become {wanted.ToString().ToLowerInvariant()}."];
        }

        if (input.Status == ReferralStatus.Declined && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors[nameof(StatusInput.Reason)] = ["Give the reason for declining the referral."];
        }

        InputRules.Enforce(input, errors);
        var now = clock.Now();
        var status = input.Status!.Value;
        referral.Status = status;
        switch (status)
        {
            case ReferralStatus.Received:
                referral.ReceivedById = db.Scope.UserId;
                referral.ReceivedAt = now;
                break;
            case ReferralStatus.Accepted or ReferralStatus.Declined:
                referral.ReceivedById ??= db.Scope.UserId;
                referral.ReceivedAt ??= now;
                referral.DecidedById = db.Scope.UserId;
                referral.DecidedAt = now;
                referral.DeclineReason = status == ReferralStatus.Declined ? input.Reason!.Trim() : null;
                break;
            case ReferralStatus.Completed:
                referral.CompletedById = db.Scope.UserId;
                referral.CompletedAt = now;
                break;
            default:
                break;
        }

        var serviceName = await db.Services.Where(s => s.Id == referral.ServiceId).Select(s => s.Name).SingleAsync(cancellationToken);
        var by = await db.Agencies.Where(a => a.Id == db.Scope.AgencyId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken) ?? "the service";
        db.Notifications.Add(new Notification
        {
            UserId = referral.SentById,
            Text = $"Your referral to {serviceName} was {status.ToString().ToLowerInvariant()} by {by}",
            Link = $"/Referrals/{referral.Id}",
            CreatedAt = now,
        });
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ReferralStatusChanged, CaseId: referral.CaseId, PersonId: referral.PersonId,
            SubjectId: id, Detail: $"status={status}"));
        return true;
    }

    private static bool Allowed(ReferralStatus from, ReferralStatus to) => (from, to) switch
    {
        (ReferralStatus.Sent, ReferralStatus.Received) => true,
        (ReferralStatus.Sent or ReferralStatus.Received, ReferralStatus.Accepted or ReferralStatus.Declined) => true,
        (ReferralStatus.Accepted, ReferralStatus.Completed) => true,
        _ => false,
    };

    private async Task RecordDeniedAsync(Guid id, AuditAction attempted, CancellationToken cancellationToken)
    {
        var caseId = await db.Referrals.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => (Guid?)r.CaseId).SingleOrDefaultAsync(cancellationToken);
        if (caseId is not null)
        {
            await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.AccessDenied, CaseId: caseId, SubjectId: id,
                Outcome: AuditOutcome.Denied, Detail: $"attempted={attempted}"));
        }
    }

    /// <summary>
    /// The views of referrals the filter let the caller read, with one audit row each. Names are looked up by id past
    /// the people filter (the providing agency does not see the case's people), for these referrals' people only; the
    /// case and the person's id go only to the referring agency.
    /// </summary>
    private async Task<IReadOnlyList<ReferralView>> ViewsAsync(List<Referral> rows, string part, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var agencyId = db.Scope.AgencyId;
        var system = db.Scope.Kind == ScopeKind.System;
        var personIds = rows.Select(r => r.PersonId).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.GivenName, p.FamilyName }).ToDictionaryAsync(p => p.Id, p => $"{p.GivenName} {p.FamilyName}", cancellationToken);
        var serviceIds = rows.Select(r => r.ServiceId).Distinct().ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var senderIds = rows.Select(r => r.SentById).Distinct().ToList();
        var senders = await db.Users.AsNoTracking().Where(u => senderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var ownCaseIds = rows.Where(r => system || r.ReferredByAgencyId == agencyId).Select(r => r.CaseId).Distinct().ToList();
        var references = await db.Cases.AsNoTracking().Where(c => ownCaseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);

        var views = rows.Select(r =>
        {
            var referrer = system || r.ReferredByAgencyId == agencyId;
            var service = services[r.ServiceId];
            return new ReferralView(r.Id, referrer ? r.CaseId : null, referrer ? references.GetValueOrDefault(r.CaseId) : null, referrer ? r.PersonId : null,
                people.GetValueOrDefault(r.PersonId, ""), r.ServiceId, service.Name, service.Kind,
                r.ProviderAgencyId is { } p ? agencies.GetValueOrDefault(p) : null, r.Source, r.Reason, r.Status, r.DeclineReason,
                agencies.GetValueOrDefault(r.ReferredByAgencyId, ""), senders.GetValueOrDefault(r.SentById, ""), r.SentAt, r.ReceivedAt, r.DecidedAt, r.CompletedAt,
                system || r.ProviderAgencyId == agencyId, referrer);
        }).ToList();
        await audit.SaveAsync(cancellationToken, [.. rows.Select(r => new AuditEntry(AuditAction.ReferralViewed, CaseId: r.CaseId, PersonId: r.PersonId,
            SubjectId: r.Id, Detail: $"part={part}"))]);
        return views;
    }
}
