using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Plans;

/// <summary>
/// Risk management plans on a case: the concern, the risks, the actions with their owners and dates, and the review
/// date. A review is an edit that moves the review date on. Every read is audited.
/// </summary>
/// <remarks>
/// Risks and actions are rows in their own tables, replaced wholesale on each save: the old rows are deleted and the
/// new ones inserted in the same SaveChanges (one transaction) as the plan's own update, whose version check guards
/// the lot. Plain tables behave the same on SQLite and PostgreSQL, need no JSON support from either provider, and keep
/// the rows queryable (overdue actions, for example).
/// </remarks>
public sealed class RiskPlanService(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<RiskPlanList?> ListForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var reference = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Reference).SingleOrDefaultAsync(cancellationToken);
        if (reference is null)
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.RiskPlanViewed, cancellationToken);
            return null;
        }

        var rows = await db.RiskManagementPlans.AsNoTracking().Where(p => p.CaseId == caseId).OrderByDescending(p => p.CreatedAt)
            .Select(p => new
            {
                p.Id,
                p.Concern,
                p.ReviewOn,
                Risks = p.Risks.Count,
                OpenActions = p.Actions.Count(a => a.DoneOn == null),
                p.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.RiskPlanViewed, CaseId: caseId, Detail: $"part=list;plans={rows.Count}"));
        return new RiskPlanList(caseId, reference, rows.Select(r => new RiskPlanSummary(r.Id, r.Concern, r.ReviewOn, r.Risks, r.OpenActions, r.UpdatedAt)).ToList());
    }

    /// <returns>Null when the plan is not visible to the caller.</returns>
    public async Task<RiskPlanView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await db.RiskManagementPlans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                Plan = p,
                p.Case!.Reference,
                Author = db.Users.Where(u => u.Id == p.CreatedById).Select(u => u.DisplayName).FirstOrDefault(),
                Risks = p.Risks.OrderBy(r => r.Position).Select(r => new RiskView(r.Description, r.Likelihood, r.Seriousness)).ToList(),
                Actions = p.Actions.OrderBy(a => a.Position).Select(a => new RiskActionView(a.Description, a.Owner, a.DueOn, a.DoneOn)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            await RecordDeniedAsync(id, AuditAction.RiskPlanViewed, cancellationToken);
            return null;
        }

        var plan = row.Plan;
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.RiskPlanViewed, CaseId: plan.CaseId, SubjectId: id, Detail: "part=plan"));
        return new RiskPlanView(plan.Id, plan.CaseId, row.Reference, plan.Concern, plan.ReviewOn, row.Risks, row.Actions, row.Author ?? "",
            plan.CreatedAt, plan.UpdatedAt, plan.Version);
    }

    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<RiskManagementPlan?> CreateAsync(Guid caseId, RiskPlanInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.RiskPlanCreated, cancellationToken);
            return null;
        }

        await access.EnsureMayChangeCaseAsync(caseId, cancellationToken);
        InputRules.Enforce(input, Problems(input));
        var now = clock.Now();
        var plan = new RiskManagementPlan { CaseId = caseId, CreatedById = db.Scope.UserId, CreatedAt = now, UpdatedAt = now };
        db.RiskManagementPlans.Add(plan);
        Apply(plan, input);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.RiskPlanCreated, CaseId: caseId, SubjectId: plan.Id,
            Detail: $"risks={plan.Risks.Count};actions={plan.Actions.Count}"));
        return plan;
    }

    /// <summary>Changes a plan (a review is a change that moves the review date on). Send the version you read.</summary>
    /// <returns>False when the plan is not visible to the caller.</returns>
    public async Task<bool> UpdateAsync(Guid id, RiskPlanInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await db.RiskManagementPlans.Include(p => p.Risks).Include(p => p.Actions).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            await RecordDeniedAsync(id, AuditAction.RiskPlanChanged, cancellationToken);
            return false;
        }

        await access.EnsureMayChangeCaseAsync(plan.CaseId, cancellationToken);
        var extra = Problems(input);
        if (input.Version is null)
        {
            extra["Version"] = ["The record version is missing: reload the page and try again."];
        }

        InputRules.Enforce(input, extra);
        db.Entry(plan).Property(p => p.Version).OriginalValue = input.Version!.Value;
        db.RiskItems.RemoveRange(plan.Risks);
        db.RiskActions.RemoveRange(plan.Actions);
        plan.Risks.Clear();
        plan.Actions.Clear();
        Apply(plan, input);
        plan.UpdatedAt = clock.Now();
        await access.SaveEditAsync(new AuditEntry(AuditAction.RiskPlanChanged, CaseId: plan.CaseId, SubjectId: id,
            Detail: $"risks={plan.Risks.Count};actions={plan.Actions.Count}"), cancellationToken);
        return true;
    }

    /// <summary>
    /// The rules beyond the input's annotations: those on the rows, keyed by each row's place in the input (so that a
    /// form shows them by the right row), and the review date's. Nothing is saved.
    /// </summary>
    public Dictionary<string, string[]> Problems(RiskPlanInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var risks = input.Risks ?? [];
        var actions = input.Actions ?? [];
        if (risks.Count > RiskPlanInput.MaxRisks)
        {
            errors[nameof(RiskPlanInput.Risks)] = [$"A plan can have up to {RiskPlanInput.MaxRisks} risks."];
        }

        if (actions.Count > RiskPlanInput.MaxActions)
        {
            errors[nameof(RiskPlanInput.Actions)] = [$"A plan can have up to {RiskPlanInput.MaxActions} actions."];
        }

        for (var i = 0; i < risks.Count; i++)
        {
            var risk = risks[i];
            if (risk is null || risk.IsEmpty())
            {
                continue;
            }

            var key = $"{nameof(RiskPlanInput.Risks)}[{i}].";
            Add(errors, key + nameof(RiskInput.Description), Text(risk.Description, "Describe the risk.", "Keep the risk under 4,000 characters.", RiskPlanInput.MaxTextLength));
            Add(errors, key + nameof(RiskInput.Likelihood), Level(risk.Likelihood, "Say how likely the risk is."));
            Add(errors, key + nameof(RiskInput.Seriousness), Level(risk.Seriousness, "Say how serious the harm would be."));
        }

        var today = clock.Today();
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            if (action is null || action.IsEmpty())
            {
                continue;
            }

            var key = $"{nameof(RiskPlanInput.Actions)}[{i}].";
            Add(errors, key + nameof(RiskActionInput.Description), Text(action.Description, "Describe the action.", "Keep the action under 4,000 characters.", RiskPlanInput.MaxTextLength));
            Add(errors, key + nameof(RiskActionInput.Owner), Text(action.Owner, "Give each action an owner.", "Keep the owner under 200 characters.", RiskPlanInput.MaxOwnerLength));
            if (action.DoneOn > today)
            {
                Add(errors, key + nameof(RiskActionInput.DoneOn), "The date it was done cannot be in the future.");
            }
        }

        if (input.ReviewOn is { } review && review < today.AddYears(-1))
        {
            errors[nameof(RiskPlanInput.ReviewOn)] = ["The review date is more than a year ago: check the year."];
        }

        return errors;
    }

    private static string? Text(string? value, string missing, string tooLong, int max) =>
        string.IsNullOrWhiteSpace(value) ? missing
        : value.Trim().Length > max ? tooLong
        : value.Contains('\0', StringComparison.Ordinal) ? "Remove the hidden control character from this text."
        : null;

    private static string? Level(RiskLevel? level, string missing) =>
        level is null ? missing : Enum.IsDefined(level.Value) ? null : "Choose one of the listed values.";

    private static void Add(Dictionary<string, string[]> errors, string key, string? message)
    {
        if (message is not null)
        {
            errors[key] = [message];
        }
    }

    /// <summary>Writes the plan's fields and its non-empty rows, in the order typed.</summary>
    private void Apply(RiskManagementPlan plan, RiskPlanInput input)
    {
        plan.Concern = input.Concern!.Trim();
        plan.ReviewOn = input.ReviewOn;
        var position = 0;
        foreach (var risk in (input.Risks ?? []).Where(r => r is not null && !r.IsEmpty()))
        {
            var item = new RiskItem
            {
                PlanId = plan.Id,
                Position = position++,
                Description = risk.Description!.Trim(),
                Likelihood = risk.Likelihood,
                Seriousness = risk.Seriousness,
            };
            plan.Risks.Add(item);
            db.RiskItems.Add(item);
        }

        position = 0;
        foreach (var action in (input.Actions ?? []).Where(a => a is not null && !a.IsEmpty()))
        {
            var item = new RiskAction
            {
                PlanId = plan.Id,
                Position = position++,
                Description = action.Description!.Trim(),
                Owner = action.Owner!.Trim(),
                DueOn = action.DueOn,
                DoneOn = action.DoneOn,
            };
            plan.Actions.Add(item);
            db.RiskActions.Add(item);
        }
    }

    private async Task RecordDeniedAsync(Guid planId, AuditAction attempted, CancellationToken cancellationToken)
    {
        var caseId = await db.RiskManagementPlans.IgnoreQueryFilters().Where(p => p.Id == planId && !p.IsDeleted).Select(p => (Guid?)p.CaseId)
            .SingleOrDefaultAsync(cancellationToken);
        if (caseId is not null)
        {
            await access.RecordDeniedCaseAsync(caseId.Value, attempted, cancellationToken);
        }
    }
}
