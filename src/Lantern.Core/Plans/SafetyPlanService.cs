using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Plans;

public sealed record GrantView(Guid Id, Guid UserId, string UserName, string Reason, string GrantedByName, DateTimeOffset GrantedAt);

public sealed record SafetyPlanView(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    Guid PersonId,
    string PersonName,
    string Strategies,
    string SafePeople,
    string SafePlaces,
    string CodeWords,
    string WhatToDoWhen,
    DateTimeOffset UpdatedAt,
    uint Version,
    bool MayManageAccess,
    IReadOnlyList<GrantView> Grants);

/// <summary>
/// Safety plans: confidential to the case's allocated worker, a supervisor of its team, and people they give
/// access to (with a reason). The query filter enforces it everywhere; every view is audited.
/// </summary>
public sealed class SafetyPlanService(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    /// <returns>Null when the plan is not visible to the caller.</returns>
    public async Task<SafetyPlanView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await db.SafetyPlans.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { Plan = s, s.Case!.Reference, s.Case.AllocatedWorkerId, s.Case.TeamId })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            await RecordDeniedAsync(id, AuditAction.SafetyPlanViewed, cancellationToken);
            return null;
        }

        var plan = row.Plan;
        var person = await db.People.AsNoTracking().Where(p => p.Id == plan.PersonId).Select(p => p.GivenName + " " + p.FamilyName).SingleOrDefaultAsync(cancellationToken);
        var grants = await db.SafetyPlanGrants.AsNoTracking().Where(g => g.SafetyPlanId == id && g.RevokedAt == null).OrderBy(g => g.GrantedAt)
            .Select(g => new GrantView(g.Id, g.UserId,
                db.Users.Where(u => u.Id == g.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                g.Reason,
                db.Users.Where(u => u.Id == g.GrantedById).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                g.GrantedAt))
            .ToListAsync(cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SafetyPlanViewed, CaseId: plan.CaseId, PersonId: plan.PersonId, SubjectId: id));
        return new SafetyPlanView(plan.Id, plan.CaseId, row.Reference, plan.PersonId, person ?? "", plan.Strategies, plan.SafePeople, plan.SafePlaces,
            plan.CodeWords, plan.WhatToDoWhen, plan.UpdatedAt, plan.Version, ManagesAccess(row.AllocatedWorkerId, row.TeamId), grants);
    }

    /// <summary>The safety plans on a case the caller may see (others never learn that more exist).</summary>
    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<IReadOnlyList<SafetyPlanSummary>?> ListForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.SafetyPlanViewed, cancellationToken);
            return null;
        }

        var rows = await db.SafetyPlans.AsNoTracking().Where(s => s.CaseId == caseId).Select(s => new { s.Id, s.PersonId, s.UpdatedAt }).ToListAsync(cancellationToken);
        var names = await People.PersonNames.ForAsync(db, rows.Select(r => r.PersonId), cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SafetyPlanViewed, CaseId: caseId, Detail: $"part=list;plans={rows.Count}"));
        return rows.Select(r => new SafetyPlanSummary(r.Id, r.PersonId, names.TryGetValue(r.PersonId, out var n) ? n.FullName : "", r.UpdatedAt)).ToList();
    }

    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<SafetyPlan?> CreateAsync(Guid caseId, SafetyPlanInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var record = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.AllocatedWorkerId, c.TeamId }).SingleOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.SafetyPlanCreated, cancellationToken);
            return null;
        }

        await access.EnsureMayChangeCaseAsync(caseId, cancellationToken);
        InputRules.Enforce(input, await CheckPersonAsync(caseId, input.PersonId, cancellationToken));
        var now = clock.Now();
        var plan = new SafetyPlan { CaseId = caseId, CreatedById = db.Scope.UserId, CreatedAt = now, UpdatedAt = now };
        Apply(plan, input);
        db.SafetyPlans.Add(plan);
        if (!ManagesAccess(record.AllocatedWorkerId, record.TeamId))
        {
            // Whoever writes a safety plan keeps sight of it, even when the case is not allocated to them.
            db.SafetyPlanGrants.Add(new SafetyPlanGrant
            {
                SafetyPlanId = plan.Id,
                UserId = db.Scope.UserId,
                Reason = "Wrote the safety plan",
                GrantedById = db.Scope.UserId,
                GrantedAt = now,
            });
        }

        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SafetyPlanCreated, CaseId: caseId, PersonId: plan.PersonId, SubjectId: plan.Id));
        return plan;
    }

    /// <returns>False when the plan is not visible to the caller.</returns>
    public async Task<bool> UpdateAsync(Guid id, SafetyPlanInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await db.SafetyPlans.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (plan is null)
        {
            await RecordDeniedAsync(id, AuditAction.SafetyPlanChanged, cancellationToken);
            return false;
        }

        access.EnsureMayWrite();
        var extra = await CheckPersonAsync(plan.CaseId, input.PersonId, cancellationToken);
        if (input.Version is null)
        {
            extra["Version"] = ["The record version is missing: reload the page and try again."];
        }

        InputRules.Enforce(input, extra);
        db.Entry(plan).Property(s => s.Version).OriginalValue = input.Version!.Value;
        Apply(plan, input);
        plan.UpdatedAt = clock.Now();
        await access.SaveEditAsync(new AuditEntry(AuditAction.SafetyPlanChanged, CaseId: plan.CaseId, PersonId: plan.PersonId, SubjectId: id), cancellationToken);
        return true;
    }

    /// <summary>Gives a named colleague access, with the reason. Only the allocated worker and her supervisor may.</summary>
    /// <returns>False when the plan is not visible to the caller.</returns>
    public async Task<bool> GrantAsync(Guid id, GrantInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var row = await ManagedAsync(id, AuditAction.SafetyPlanAccessGranted, cancellationToken);
        if (row is null)
        {
            return false;
        }

        var errors = new Dictionary<string, string[]>();
        if (input.UserId is { } userId)
        {
            if (!await GrantableUsers(row.CaseId).AnyAsync(u => u.Id == userId, cancellationToken))
            {
                errors[nameof(GrantInput.UserId)] = ["Choose an active colleague in the case's agency, or someone in a partner agency whose sharing on this case includes safety plans."];
            }
            else if (await db.SafetyPlanGrants.AnyAsync(g => g.SafetyPlanId == id && g.UserId == userId && g.RevokedAt == null, cancellationToken))
            {
                errors[nameof(GrantInput.UserId)] = ["They already have access."];
            }
        }

        InputRules.Enforce(input, errors);
        var grant = new SafetyPlanGrant
        {
            SafetyPlanId = id,
            UserId = input.UserId!.Value,
            Reason = input.Reason!.Trim(),
            GrantedById = db.Scope.UserId,
            GrantedAt = clock.Now(),
        };
        db.SafetyPlanGrants.Add(grant);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SafetyPlanAccessGranted, CaseId: row.CaseId, SubjectId: id, Detail: $"user={grant.UserId}"));
        return true;
    }

    /// <returns>False when the plan or the grant is not visible to the caller.</returns>
    public async Task<bool> RevokeAsync(Guid id, Guid grantId, CancellationToken cancellationToken = default)
    {
        var row = await ManagedAsync(id, AuditAction.SafetyPlanAccessRevoked, cancellationToken);
        var grant = row is null ? null : await db.SafetyPlanGrants.SingleOrDefaultAsync(g => g.Id == grantId && g.SafetyPlanId == id && g.RevokedAt == null, cancellationToken);
        if (row is null || grant is null)
        {
            return false;
        }

        grant.RevokedAt = clock.Now();
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SafetyPlanAccessRevoked, CaseId: row.CaseId, SubjectId: id, Detail: $"user={grant.UserId}"));
        return true;
    }

    /// <summary>Colleagues in the case's agency who could be given access (active, not already holding it).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> CandidatesAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var caseId = await db.SafetyPlans.Where(s => s.Id == id).Select(s => (Guid?)s.CaseId).SingleOrDefaultAsync(cancellationToken);
        if (caseId is null)
        {
            return [];
        }

        var holding = db.SafetyPlanGrants.Where(g => g.SafetyPlanId == id && g.RevokedAt == null).Select(g => g.UserId);
        var rows = await GrantableUsers(caseId.Value).AsNoTracking().Where(u => u.Id != db.Scope.UserId && !holding.Contains(u.Id))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, Agency = db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Name).FirstOrDefault(), u.AgencyId })
            .ToListAsync(cancellationToken);
        var owner = await db.Cases.Where(c => c.Id == caseId).Select(c => c.OwningAgencyId).SingleAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.AgencyId == owner ? r.DisplayName : $"{r.DisplayName} ({r.Agency})")).ToList();
    }

    /// <summary>
    /// Who may be given a safety plan: active users of the case's agency, and active users of a partner agency whose
    /// share of the case includes safety plans (the agreement's category and the individual grant, both; the query
    /// filter drops the grant's effect as soon as the share stops).
    /// </summary>
    private IQueryable<Agencies.LanternUser> GrantableUsers(Guid caseId)
    {
        var today = db.Scope.Today;
        var owner = db.Cases.IgnoreQueryFilters().Where(c => c.Id == caseId).Select(c => c.OwningAgencyId);
        var partners = db.CaseShares.Where(Sharing.ShareRules.InForceOn(today)).Where(s => s.CaseId == caseId
            && (s.Categories & Sharing.InformationCategory.SafetyPlans) != Sharing.InformationCategory.None).Select(s => s.PartnerAgencyId);
        return db.Users.Where(u => !u.IsDisabled && (owner.Contains(u.AgencyId) || partners.Contains(u.AgencyId)));
    }

    private bool ManagesAccess(Guid? allocatedWorkerId, Guid? teamId) =>
        db.Scope.Kind == ScopeKind.System || allocatedWorkerId == db.Scope.UserId
        || (db.Scope.SeesTeamSafetyPlans && teamId is not null && teamId == db.Scope.TeamId);

    /// <summary>The plan, when the caller may see it and manage who else may; a grant holder may see but not pass it on.</summary>
    private async Task<SafetyPlan?> ManagedAsync(Guid id, AuditAction attempted, CancellationToken cancellationToken)
    {
        var row = await db.SafetyPlans.Where(s => s.Id == id).Select(s => new { Plan = s, s.Case!.AllocatedWorkerId, s.Case.TeamId }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            await RecordDeniedAsync(id, attempted, cancellationToken);
            return null;
        }

        access.EnsureMayWrite();
        if (!ManagesAccess(row.AllocatedWorkerId, row.TeamId))
        {
            throw new NotPermittedException("Only the allocated worker and her supervisor decide who may see a safety plan.");
        }

        return row.Plan;
    }

    private async Task<Dictionary<string, string[]>> CheckPersonAsync(Guid caseId, Guid? personId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (personId is { } id && !await db.Participants.AnyAsync(p => p.CaseId == caseId && p.PersonId == id
                && (p.Role == ParticipantRole.Survivor || p.Role == ParticipantRole.Child), cancellationToken))
        {
            errors[nameof(SafetyPlanInput.PersonId)] = ["Choose the survivor or a child on this case."];
        }

        return errors;
    }

    private static void Apply(SafetyPlan plan, SafetyPlanInput input)
    {
        plan.PersonId = input.PersonId!.Value;
        plan.Strategies = input.Strategies!.Trim();
        plan.SafePeople = input.SafePeople?.Trim() ?? "";
        plan.SafePlaces = input.SafePlaces?.Trim() ?? "";
        plan.CodeWords = input.CodeWords?.Trim() ?? "";
        plan.WhatToDoWhen = input.WhatToDoWhen?.Trim() ?? "";
    }

    private async Task RecordDeniedAsync(Guid id, AuditAction attempted, CancellationToken cancellationToken)
    {
        var caseId = await db.SafetyPlans.IgnoreQueryFilters().Where(s => s.Id == id && !s.IsDeleted).Select(s => (Guid?)s.CaseId).SingleOrDefaultAsync(cancellationToken);
        if (caseId is not null)
        {
            // Recorded against the case whether or not the caller can see the case itself.
            await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.AccessDenied, CaseId: caseId, SubjectId: id, Outcome: AuditOutcome.Denied,
                Detail: $"attempted={attempted}"));
        }
    }
}
