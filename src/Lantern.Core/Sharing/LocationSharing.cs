using System.ComponentModel.DataAnnotations;
using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Sharing;

public sealed record LocationGrantInput
{
    [Required(ErrorMessage = "Choose whose address.")]
    public Guid? PersonId { get; init; }

    [Required(ErrorMessage = "Choose who may see it.")]
    public Guid? UserId { get; init; }

    [Required(ErrorMessage = "Give the reason they need her address.")]
    [StringLength(1000, ErrorMessage = "Keep the reason under 1,000 characters.")]
    public string? Reason { get; init; }
}

public sealed record LocationGrantView(Guid Id, Guid PersonId, string PersonName, Guid UserId, string UserName, string AgencyName, string Reason, DateTimeOffset GrantedAt);

/// <summary>Someone who could be given an address, or whose address could be given.</summary>
public sealed record LocationChoice(Guid Id, string Name);

public sealed record LocationSharingView(
    IReadOnlyList<LocationGrantView> Grants,
    IReadOnlyList<LocationChoice> People,
    IReadOnlyList<LocationChoice> PartnerUsers);

/// <summary>
/// A survivor's confidential address, shared with a named partner user only where the agency's share includes the
/// survivor's location and an individual grant exists. Granted and revoked by someone of the case's agency who may
/// see confidential addresses herself; both audited.
/// </summary>
public sealed class LocationSharing(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    /// <returns>Null when the case is not the caller's agency's, or the caller may not see confidential addresses.</returns>
    public async Task<LocationSharingView?> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!await ManagedAsync(caseId, AuditAction.SharingViewed, cancellationToken))
        {
            return null;
        }

        var grants = await db.LocationGrants.AsNoTracking().Where(g => g.CaseId == caseId && g.RevokedAt == null).OrderBy(g => g.GrantedAt)
            .Select(g => new LocationGrantView(g.Id, g.PersonId,
                db.People.Where(p => p.Id == g.PersonId).Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefault() ?? "",
                g.UserId,
                db.Users.Where(u => u.Id == g.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                db.Users.Where(u => u.Id == g.UserId).SelectMany(u => db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Name)).FirstOrDefault() ?? "",
                g.Reason, g.GrantedAt))
            .ToListAsync(cancellationToken);
        var people = await db.Participants.AsNoTracking().Where(p => p.CaseId == caseId && p.Person!.AddressIsConfidential)
            .OrderBy(p => p.Person!.FamilyName).Select(p => new LocationChoice(p.PersonId, p.Person!.GivenName + " " + p.Person.FamilyName))
            .ToListAsync(cancellationToken);
        var users = await PartnerUsers(caseId).OrderBy(u => u.DisplayName)
            .Select(u => new LocationChoice(u.Id, u.DisplayName + " (" + db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Name).FirstOrDefault() + ")"))
            .ToListAsync(cancellationToken);
        return new LocationSharingView(grants, people, users);
    }

    /// <returns>False when the case is not the caller's agency's, or the caller may not see confidential addresses.</returns>
    public async Task<bool> GrantAsync(Guid caseId, LocationGrantInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await ManagedAsync(caseId, AuditAction.LocationAccessGranted, cancellationToken))
        {
            return false;
        }

        access.EnsureMayWrite();
        var errors = new Dictionary<string, string[]>();
        if (input.PersonId is { } person && !await db.Participants.AnyAsync(p => p.CaseId == caseId && p.PersonId == person && p.Person!.AddressIsConfidential, cancellationToken))
        {
            errors[nameof(LocationGrantInput.PersonId)] = ["Choose someone on this case whose address is confidential."];
        }

        if (input.UserId is { } user)
        {
            if (!await PartnerUsers(caseId).AnyAsync(u => u.Id == user, cancellationToken))
            {
                errors[nameof(LocationGrantInput.UserId)] = ["Choose someone in a partner agency whose sharing on this case includes the survivor's location."];
            }
            else if (input.PersonId is { } named && await db.LocationGrants.AnyAsync(g => g.CaseId == caseId && g.PersonId == named && g.UserId == user && g.RevokedAt == null, cancellationToken))
            {
                errors[nameof(LocationGrantInput.UserId)] = ["They can already see this address."];
            }
        }

        InputRules.Enforce(input, errors);
        var grant = new LocationGrant
        {
            CaseId = caseId,
            PersonId = input.PersonId!.Value,
            UserId = input.UserId!.Value,
            Reason = input.Reason!.Trim(),
            GrantedById = db.Scope.UserId,
            GrantedAt = clock.Now(),
        };
        db.LocationGrants.Add(grant);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.LocationAccessGranted, CaseId: caseId, PersonId: grant.PersonId, SubjectId: grant.Id,
            Detail: $"user={grant.UserId}"));
        return true;
    }

    /// <returns>False when the case or the grant is not the caller's to manage.</returns>
    public async Task<bool> RevokeAsync(Guid caseId, Guid grantId, CancellationToken cancellationToken = default)
    {
        if (!await ManagedAsync(caseId, AuditAction.LocationAccessRevoked, cancellationToken))
        {
            return false;
        }

        access.EnsureMayWrite();
        var grant = await db.LocationGrants.SingleOrDefaultAsync(g => g.Id == grantId && g.CaseId == caseId && g.RevokedAt == null, cancellationToken);
        if (grant is null)
        {
            return false;
        }

        grant.RevokedAt = clock.Now();
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.LocationAccessRevoked, CaseId: caseId, PersonId: grant.PersonId, SubjectId: grantId,
            Detail: $"user={grant.UserId}"));
        return true;
    }

    /// <summary>Active users of partner agencies whose share of the case, now, includes the survivor's location.</summary>
    private IQueryable<Agencies.LanternUser> PartnerUsers(Guid caseId)
    {
        var today = db.Scope.Today;
        var partners = db.CaseShares.Where(ShareRules.InForceOn(today)).Where(s => s.CaseId == caseId
            && (s.Categories & InformationCategory.SurvivorLocation) != InformationCategory.None).Select(s => s.PartnerAgencyId);
        return db.Users.AsNoTracking().Where(u => !u.IsDisabled && partners.Contains(u.AgencyId));
    }

    /// <summary>The case is the caller's agency's and the caller may see confidential addresses herself.</summary>
    private async Task<bool> ManagedAsync(Guid caseId, AuditAction attempted, CancellationToken cancellationToken)
    {
        var own = db.Scope.Kind == ScopeKind.System
            || await db.Cases.AnyAsync(c => c.Id == caseId && c.OwningAgencyId == db.Scope.AgencyId, cancellationToken);
        if (!own || !db.Scope.MayViewConfidentialAddresses)
        {
            await access.RecordDeniedCaseAsync(caseId, attempted, cancellationToken);
            return false;
        }

        return true;
    }
}
