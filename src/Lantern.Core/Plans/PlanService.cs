using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Notes;
using Lantern.Core.People;
using Lantern.Core.Validation;
using Lantern.Practice.Language;
using Lantern.Practice.Planning;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Plans;

/// <summary>
/// A case's plan: goals per person that trace to the map, the plan checker's findings beside them (and the pivot
/// assistant's on goal text), and reviews of progress. A case has one plan, started by its first goal.
/// </summary>
public sealed class PlanService(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<CasePlanView?> GetAsync(Guid caseId, string part = "plan", CancellationToken cancellationToken = default)
    {
        var header = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.Id, c.Reference }).SingleOrDefaultAsync(cancellationToken);
        if (header is null || !await PlanVisibleAsync(caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.PlanViewed, cancellationToken);
            return null;
        }

        var view = await LoadAsync(header.Id, header.Reference, null, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.PlanViewed, CaseId: caseId, Detail: $"part={part}"));
        return view;
    }

    /// <summary>The checker's and the pivot assistant's findings on a goal as typed, in the context of the rest of the plan. Nothing is saved.</summary>
    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<(IReadOnlyList<PlanFinding> Findings, IReadOnlyList<LanguageFinding> Language)?> CheckGoalAsync(Guid caseId, GoalInput input, Guid? goalId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reference = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Reference).SingleOrDefaultAsync(cancellationToken);
        if (reference is null || !await PlanVisibleAsync(caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.PlanViewed, cancellationToken);
            return null;
        }

        var draftId = goalId ?? Guid.Empty;
        var draft = new GoalView(draftId, input.PersonId, input.Change, input.Behaviour ?? "", input.Purpose ?? "", input.SuccessIndicator ?? "",
            input.Measure ?? "", input.VerifiedBy ?? "", input.ReviewOn, input.Status ?? GoalStatus.NotStarted, input.MapEntryIds ?? [], input.Services ?? "", 0);
        var view = await LoadAsync(caseId, reference, draft, cancellationToken);
        return (view.FindingsFor(draftId).ToList(), view.Language.GetValueOrDefault(draftId, []));
    }

    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<PlanGoal?> AddGoalAsync(Guid caseId, GoalInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.PlanGoalAdded, cancellationToken);
            return null;
        }

        await access.EnsureMayChangeCaseAsync(caseId, cancellationToken);
        InputRules.Enforce(input, await CheckGoalInputAsync(caseId, input, cancellationToken));
        await using var work = await UnitOfWork.BeginAsync(db, cancellationToken);
        var now = clock.Now();
        var plan = await db.CasePlans.SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken);
        if (plan is null)
        {
            plan = new CasePlan { CaseId = caseId, Status = PlanStatus.Active, CreatedById = db.Scope.UserId, CreatedAt = now, UpdatedAt = now };
            db.CasePlans.Add(plan);
        }

        var goal = new PlanGoal { PlanId = plan.Id, CreatedAt = now, UpdatedAt = now };
        Apply(goal, input);
        db.PlanGoals.Add(goal);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.PlanGoalAdded, CaseId: caseId, SubjectId: goal.Id,
            PersonId: goal.PersonId));
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, caseId, clock.Today(), clock.Now(), cancellationToken);
        await work.CommitAsync(cancellationToken);
        return goal;
    }

    /// <returns>Null when the goal is not visible to the caller.</returns>
    public async Task<(GoalView Goal, Guid CaseId)?> GetGoalAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await db.PlanGoals.AsNoTracking().Where(g => g.Id == id).Select(g => new { Goal = g, g.Plan!.CaseId }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            await RecordDeniedGoalAsync(id, AuditAction.PlanViewed, cancellationToken);
            return null;
        }

        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.PlanViewed, CaseId: row.CaseId, SubjectId: id, Detail: "part=goal"));
        return (ToView(row.Goal), row.CaseId);
    }

    /// <returns>False when the goal is not visible to the caller.</returns>
    public async Task<bool> UpdateGoalAsync(Guid id, GoalInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var goal = await db.PlanGoals.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (goal is null)
        {
            await RecordDeniedGoalAsync(id, AuditAction.PlanGoalChanged, cancellationToken);
            return false;
        }

        var caseId = await db.CasePlans.Where(p => p.Id == goal.PlanId).Select(p => p.CaseId).SingleAsync(cancellationToken);
        await access.EnsureMayChangeCaseAsync(caseId, cancellationToken);
        var extra = await CheckGoalInputAsync(caseId, input, cancellationToken);
        if (input.Version is null)
        {
            extra["Version"] = ["The record version is missing: reload the page and try again."];
        }

        InputRules.Enforce(input, extra);
        db.Entry(goal).Property(g => g.Version).OriginalValue = input.Version!.Value;
        Apply(goal, input);
        goal.UpdatedAt = clock.Now();
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await access.SaveEditAsync(new AuditEntry(AuditAction.PlanGoalChanged, CaseId: caseId, SubjectId: id, PersonId: goal.PersonId), cancellationToken);
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, caseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return true;
    }

    /// <returns>False when the goal is not visible to the caller.</returns>
    public async Task<bool> RemoveGoalAsync(Guid id, uint version, CancellationToken cancellationToken = default)
    {
        var goal = await db.PlanGoals.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (goal is null)
        {
            await RecordDeniedGoalAsync(id, AuditAction.PlanGoalRemoved, cancellationToken);
            return false;
        }

        var caseId = await db.CasePlans.Where(p => p.Id == goal.PlanId).Select(p => p.CaseId).SingleAsync(cancellationToken);
        await access.EnsureMayChangeCaseAsync(caseId, cancellationToken);
        db.Entry(goal).Property(g => g.Version).OriginalValue = version;
        goal.IsDeleted = true;
        goal.UpdatedAt = clock.Now();
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await access.SaveEditAsync(new AuditEntry(AuditAction.PlanGoalRemoved, CaseId: caseId, SubjectId: id), cancellationToken);
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, caseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Records a review: each goal's progress, and when the plan is next reviewed.</summary>
    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<PlanReview?> AddReviewAsync(Guid caseId, ReviewInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.PlanReviewed, cancellationToken);
            return null;
        }

        await access.EnsureMayChangeCaseAsync(caseId, cancellationToken);
        var plan = await db.CasePlans.SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken)
            ?? throw new InvalidInputException(nameof(ReviewInput.Progress), "The plan has no goals yet: add goals before reviewing it.");
        var goals = await db.PlanGoals.Where(g => g.PlanId == plan.Id).ToListAsync(cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var today = clock.Today();
        if (input.ReviewedOn > today)
        {
            errors[nameof(ReviewInput.ReviewedOn)] = ["The review date cannot be in the future."];
        }

        if (input.NextReviewOn is { } next && input.ReviewedOn is { } on && next <= on)
        {
            errors[nameof(ReviewInput.NextReviewOn)] = ["The next review must come after this one."];
        }

        var progress = input.Progress ?? [];
        if (progress.Any(p => goals.All(g => g.Id != p.GoalId)))
        {
            errors[nameof(ReviewInput.Progress)] = ["Record progress only on this plan's goals."];
        }

        for (var i = 0; i < progress.Count; i++)
        {
            if (progress[i].Note is { Length: > GoalInput.MaxTextLength })
            {
                errors[$"Progress[{i}].Note"] = ["Keep the note under 4,000 characters."];
            }
        }

        InputRules.Enforce(input, errors);
        var review = new PlanReview
        {
            PlanId = plan.Id,
            ReviewedOn = input.ReviewedOn!.Value,
            Summary = input.Summary?.Trim() ?? "",
            NextReviewOn = input.NextReviewOn,
            ReviewedById = db.Scope.UserId,
            CreatedAt = clock.Now(),
        };
        foreach (var item in progress)
        {
            var goal = goals.Single(g => g.Id == item.GoalId);
            var status = item.Status ?? goal.Status;
            review.Progress.Add(new GoalProgress { GoalId = goal.Id, Status = status, Note = item.Note?.Trim() ?? "" });
            goal.Status = status;
        }

        plan.NextReviewOn = input.NextReviewOn;
        plan.UpdatedAt = clock.Now();
        db.PlanReviews.Add(review);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.PlanReviewed, CaseId: caseId, SubjectId: review.Id, Detail: $"goals={review.Progress.Count}"));
        return review;
    }

    /// <summary>
    /// Cases with goals past their review date (not met) or a plan review past due: the caller's own caseload, or
    /// everything the caller may see (a supervisor's team, a manager's agency).
    /// </summary>
    public async Task<IReadOnlyList<OverduePlan>> OverdueAsync(bool mineOnly, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var me = db.Scope.UserId;
        var plans = db.CasePlans.AsNoTracking().Where(p => p.Case!.Status != CaseStatus.Closed);
        if (mineOnly)
        {
            plans = plans.Where(p => p.Case!.AllocatedWorkerId == me);
        }

        var overdueGoals = await db.PlanGoals.AsNoTracking()
            .Where(g => plans.Any(p => p.Id == g.PlanId) && g.ReviewOn < today && g.Status != GoalStatus.Met && g.Status != GoalStatus.NotMet)
            .GroupBy(g => g.PlanId)
            .Select(g => new { PlanId = g.Key, Count = g.Count(), Earliest = g.Min(x => x.ReviewOn) })
            .ToDictionaryAsync(g => g.PlanId, cancellationToken);
        var planIds = overdueGoals.Keys.ToList();
        var rows = await plans
            .Where(p => p.NextReviewOn < today || planIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.CaseId,
                p.Case!.Reference,
                Worker = p.Case.AllocatedWorker != null ? p.Case.AllocatedWorker.DisplayName : null,
                p.NextReviewOn,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r =>
            {
                var goals = overdueGoals.GetValueOrDefault(r.Id);
                return new OverduePlan(r.CaseId, r.Reference, r.Worker, goals?.Count ?? 0, r.NextReviewOn < today ? r.NextReviewOn : null, goals?.Earliest);
            })
            .OrderBy(r => new[] { r.ReviewDue, r.EarliestGoalDue }.Where(d => d is not null).Min())
            .ToList();
    }

    /// <summary>The plan is the case's own agency's, or a partner's whose agreement gives it plans: otherwise it does not exist for the caller.</summary>
    private async Task<bool> PlanVisibleAsync(Guid caseId, CancellationToken cancellationToken) =>
        await Sharing.ShareRules.IsOwnCaseAsync(db, caseId, cancellationToken)
        || (await Sharing.ShareRules.SharedWithMeAsync(db, caseId, cancellationToken) & Sharing.InformationCategory.Plans) != Sharing.InformationCategory.None;

    private async Task<CasePlanView> LoadAsync(Guid caseId, string reference, GoalView? draft, CancellationToken cancellationToken)
    {
        var participants = await PersonNames.ParticipantsAsync(db, caseId, cancellationToken);
        var people = participants.Select(p => new PlanPerson(p.PersonId, p.Name, RoleOf(p.Role))).ToList();
        var plan = await db.CasePlans.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new { p.Id, p.Status, p.NextReviewOn }).SingleOrDefaultAsync(cancellationToken);
        var goals = plan is null
            ? []
            : (await db.PlanGoals.AsNoTracking().Where(g => g.PlanId == plan.Id).OrderBy(g => g.CreatedAt).ToListAsync(cancellationToken)).Select(ToView).ToList();
        if (draft is not null)
        {
            var at = goals.FindIndex(g => g.Id == draft.Id);
            if (at >= 0)
            {
                goals[at] = draft;
            }
            else
            {
                goals.Add(draft);
            }
        }

        var reviews = plan is null ? [] : await ReviewsAsync(plan.Id, cancellationToken);
        var mapEntries = await db.MapEntries.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Component).ThenBy(e => e.RecordedAt)
            .Select(e => new { e.Id, e.Component, e.CategoryKey, e.Description, e.Case!.OwningAgencyId })
            .ToListAsync(cancellationToken);
        var taxonomy = mapEntries.Count > 0 ? await Map.AgencyTaxonomy.ForAsync(db, mapEntries[0].OwningAgencyId, cancellationToken) : null;
        var choices = mapEntries.Select(e => new MapEntryChoice(e.Id, e.Component, taxonomy?.Find(e.CategoryKey)?.Label ?? e.CategoryKey, e.Description)).ToList();

        // The query filter leaves out safety plans the caller may not see, so neither the list nor the checker's
        // wording can tell someone without access that one exists.
        var safetyRows = await db.SafetyPlans.AsNoTracking().Where(s => s.CaseId == caseId)
            .Select(s => new { s.Id, s.PersonId, s.UpdatedAt }).ToListAsync(cancellationToken);
        var safety = safetyRows.Select(s => new SafetyPlanSummary(s.Id, s.PersonId, people.FirstOrDefault(p => p.Id == s.PersonId)?.Name ?? "", s.UpdatedAt)).ToList();
        var survivorIds = people.Where(p => p.Role == PlanRole.Survivor).Select(p => p.Id).ToHashSet();
        var findings = PlanChecker.Check(new PlanSnapshot(people, goals.Select(g => g.ToFacts()).ToList(), safety.Any(s => survivorIds.Contains(s.PersonId))));

        var context = CaseLanguage.ContextFor(participants);
        var language = new Dictionary<Guid, IReadOnlyList<LanguageFinding>>();
        foreach (var goal in goals)
        {
            var text = string.Join("\n\n", new[] { goal.Behaviour, goal.Purpose, goal.SuccessIndicator }.Where(t => t.Length > 0));
            var found = LanguageChecker.Default.Check(text, context);
            if (found.Count > 0)
            {
                language[goal.Id] = found;
            }
        }

        var mayChange = db.Scope.WritesCases && await Sharing.ShareRules.IsOwnCaseAsync(db, caseId, cancellationToken);
        return new CasePlanView(caseId, reference, plan?.Id, plan?.Status ?? PlanStatus.Draft, plan?.NextReviewOn, people, goals, findings, language, reviews, choices, safety,
            mayChange);
    }

    private async Task<List<ReviewView>> ReviewsAsync(Guid planId, CancellationToken cancellationToken)
    {
        var rows = await db.PlanReviews.AsNoTracking().Where(r => r.PlanId == planId).OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.CreatedAt)
            .Select(r => new
            {
                r.Id,
                r.ReviewedOn,
                r.Summary,
                r.NextReviewOn,
                Reviewer = db.Users.Where(u => u.Id == r.ReviewedById).Select(u => u.DisplayName).FirstOrDefault(),
                Progress = r.Progress.Select(p => new ProgressView(p.GoalId, p.Status, p.Note)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ReviewView(r.Id, r.ReviewedOn, r.Summary, r.NextReviewOn, r.Reviewer ?? "", r.Progress)).ToList();
    }

    private async Task<Dictionary<string, string[]>> CheckGoalInputAsync(Guid caseId, GoalInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.PersonId is { } person && !await db.Participants.AnyAsync(p => p.CaseId == caseId && p.PersonId == person, cancellationToken))
        {
            errors[nameof(GoalInput.PersonId)] = ["Choose a person on this case, or \"more than one person\"."];
        }

        var wanted = (input.MapEntryIds ?? []).Distinct().ToList();
        if (wanted.Count > 0 && await db.MapEntries.CountAsync(e => e.CaseId == caseId && wanted.Contains(e.Id), cancellationToken) != wanted.Count)
        {
            errors[nameof(GoalInput.MapEntryIds)] = ["Link the goal only to entries on this case's map."];
        }

        if (input.ReviewOn is { } review && review < clock.Today().AddYears(-1))
        {
            errors[nameof(GoalInput.ReviewOn)] = ["The review date is more than a year ago: check the year."];
        }

        return errors;
    }

    private static void Apply(PlanGoal goal, GoalInput input)
    {
        goal.PersonId = input.PersonId;
        goal.Change = input.Change;
        goal.Behaviour = input.Behaviour!.Trim();
        goal.Purpose = input.Purpose?.Trim() ?? "";
        goal.SuccessIndicator = input.SuccessIndicator?.Trim() ?? "";
        goal.Measure = input.Measure?.Trim() ?? "";
        goal.VerifiedBy = input.VerifiedBy?.Trim() ?? "";
        goal.ReviewOn = input.ReviewOn;
        goal.Status = input.Status ?? goal.Status;
        goal.MapEntryIds = [.. (input.MapEntryIds ?? []).Distinct()];
        goal.Services = string.Join('\n', (input.Services ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static GoalView ToView(PlanGoal g) => new(g.Id, g.PersonId, g.Change, g.Behaviour, g.Purpose, g.SuccessIndicator, g.Measure, g.VerifiedBy,
        g.ReviewOn, g.Status, g.MapEntryIds, g.Services, g.Version);

    private static PlanRole RoleOf(ParticipantRole role) => role switch
    {
        ParticipantRole.Perpetrator => PlanRole.Perpetrator,
        ParticipantRole.Survivor => PlanRole.Survivor,
        ParticipantRole.Child => PlanRole.Child,
        ParticipantRole.OtherCaregiver or ParticipantRole.Other => PlanRole.OtherAdult,
    };

    private async Task RecordDeniedGoalAsync(Guid goalId, AuditAction attempted, CancellationToken cancellationToken)
    {
        var caseId = await db.PlanGoals.IgnoreQueryFilters().Where(g => g.Id == goalId && !g.IsDeleted).Select(g => (Guid?)g.Plan!.CaseId).SingleOrDefaultAsync(cancellationToken);
        if (caseId is not null)
        {
            await access.RecordDeniedCaseAsync(caseId.Value, attempted, cancellationToken);
        }
    }
}
