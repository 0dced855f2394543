using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Access;

/// <summary>The checks every case-data service shares: may the caller write, and recording refused access.</summary>
public sealed class CaseAccess(LanternDbContext db, AuditTrail audit)
{
    public void EnsureMayWrite()
    {
        if (!db.Scope.WritesCases)
        {
            throw new NotPermittedException("Your role can read cases but not change them.");
        }
    }

    /// <summary>
    /// Whether the caller may change this case's records: a role that changes case data (the access policy's case.update),
    /// on a case her own agency owns. A partner's additions to a shared case's map, and progress on her agency's meeting
    /// actions, are asked about by their own services.
    /// </summary>
    public async Task<bool> MayChangeCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Scope.WritesCases && await Sharing.ShareRules.IsOwnCaseAsync(db, caseId, cancellationToken);

    /// <summary>
    /// Refuses a change to a case another agency owns. A partner reads what a share gives her and changes nothing but her
    /// agency's own map entries and meeting actions, which their services allow for themselves.
    /// </summary>
    public async Task EnsureMayChangeCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        EnsureMayWrite();
        if (!await MayChangeCaseAsync(caseId, cancellationToken))
        {
            throw new NotPermittedException("This case belongs to another agency: your agency reads what it shares and changes only its own map entries and meeting actions.");
        }
    }

    /// <summary>
    /// Refuses a change to people the caller sees only through another agency's share. People the caller cannot see at
    /// all are left to the input's own checks ("choose a person"), so that the answer says nothing about them.
    /// </summary>
    public async Task EnsureMayChangePeopleAsync(IEnumerable<Guid?> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        EnsureMayWrite();
        if (db.Scope.Kind == ScopeKind.System)
        {
            return;
        }

        var ids = personIds.OfType<Guid>().Distinct().ToList();
        var agencyId = db.Scope.AgencyId;
        var seenOnlyThroughShares = await db.People.Where(p => ids.Contains(p.Id))
            .AnyAsync(p => !db.Participants.Any(cp => cp.PersonId == p.Id && db.Cases.Any(c => c.Id == cp.CaseId && c.OwningAgencyId == agencyId)), cancellationToken);
        if (seenOnlyThroughShares)
        {
            throw new NotPermittedException("These people are on another agency's case: your agency reads what it shares and changes nothing of theirs.");
        }
    }

    /// <summary>
    /// Records a refused attempt on a case that exists but is outside the caller's scope. The caller still
    /// answers "not found", so that the case's existence does not leak.
    /// </summary>
    public async Task RecordDeniedCaseAsync(Guid caseId, AuditAction attempted, CancellationToken cancellationToken)
    {
        if (await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await audit.SaveAsync(cancellationToken,
                new AuditEntry(AuditAction.AccessDenied, CaseId: caseId, Outcome: AuditOutcome.Denied, Detail: $"attempted={attempted}"));
        }
    }

    public async Task RecordDeniedPersonAsync(Guid personId, AuditAction attempted, CancellationToken cancellationToken)
    {
        if (await db.People.IgnoreQueryFilters().AnyAsync(p => p.Id == personId, cancellationToken))
        {
            await audit.SaveAsync(cancellationToken,
                new AuditEntry(AuditAction.AccessDenied, PersonId: personId, Outcome: AuditOutcome.Denied, Detail: $"attempted={attempted}"));
        }
    }

    /// <summary>Records a refused attempt on an intake outside the caller's scope, against the intake's case.</summary>
    public async Task RecordDeniedIntakeAsync(Guid intakeId, AuditAction attempted, CancellationToken cancellationToken)
    {
        var caseId = await db.Intakes.IgnoreQueryFilters().Where(i => i.Id == intakeId).Select(i => (Guid?)i.CaseId)
            .SingleOrDefaultAsync(cancellationToken);
        if (caseId is not null)
        {
            await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.AccessDenied, CaseId: caseId, SubjectId: intakeId,
                Outcome: AuditOutcome.Denied, Detail: $"attempted={attempted}"));
        }
    }

    /// <summary>Records a refused attempt on a relationship outside the caller's scope, against its first person.</summary>
    public async Task RecordDeniedRelationshipAsync(Guid relationshipId, AuditAction attempted, CancellationToken cancellationToken)
    {
        var personId = await db.Relationships.IgnoreQueryFilters().Where(r => r.Id == relationshipId).Select(r => (Guid?)r.PersonId)
            .SingleOrDefaultAsync(cancellationToken);
        if (personId is not null)
        {
            await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.AccessDenied, PersonId: personId, SubjectId: relationshipId,
                Outcome: AuditOutcome.Denied, Detail: $"attempted={attempted}"));
        }
    }

    /// <summary>A case may be held only by a team, and allocated only to an active worker, of the owning agency.</summary>
    public async Task<Dictionary<string, string[]>> CheckAllocationAsync(Guid? teamId, Guid? workerId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var agencyId = db.Scope.AgencyId;
        if (teamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team && t.AgencyId == agencyId, cancellationToken))
        {
            errors["TeamId"] = ["Choose a team in your agency."];
        }

        if (workerId is { } worker && !await db.Users.AnyAsync(u => u.Id == worker && u.AgencyId == agencyId && !u.IsDisabled, cancellationToken))
        {
            errors["AllocatedWorkerId"] = ["Choose an active worker in your agency."];
        }

        return errors;
    }

    /// <summary>Saves an edit with its audit event; a stale version becomes a conflict the user can act on.</summary>
    public async Task SaveEditAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await audit.SaveAsync(cancellationToken, entry);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // The stale edit stays unsaved; forget it, so that the next save in this request (the audited read of the
            // current record that the conflict page shows, for example) does not try to write it again.
            db.ChangeTracker.Clear();
            throw new EditConflictException("This record was changed by someone else after you opened it. Your changes have not been saved.", ex);
        }
    }
}
