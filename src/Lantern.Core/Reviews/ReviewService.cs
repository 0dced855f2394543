using System.Text.Json;
using Lantern.Core.Access;
using Lantern.Core.Access.Policy;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Map;
using Lantern.Core.Plans;
using Lantern.Core.Validation;
using Lantern.Practice.Mapping;
using Lantern.Practice.Planning;
using Lantern.Practice.Review;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Reviews;

/// <summary>
/// Case reviews against the eight criteria: drawing a random sample of the agency's cases, pre-scoring each case from
/// its record (map, plan, notes) with the reasons and evidence, and the reviewer confirming or changing each rating,
/// a change always with a reason. Reviews are the owning agency's: partners never see them.
/// </summary>
public sealed class ReviewService(LanternDbContext db, AuditTrail audit, CaseAccess access, MapService map, PlanService plans, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reviewers and managers review any case of their agency; supervisors the cases of their team.</summary>
    public bool MayReview => db.Scope.May(AccessRights.ReadReview);

    public async Task<IReadOnlyList<SampleSummary>> SamplesAsync(CancellationToken cancellationToken = default)
    {
        EnsureMayReview();
        var samples = await db.ReviewSamples.AsNoTracking().OrderByDescending(s => s.DrawnAt).Take(50).ToListAsync(cancellationToken);
        var ids = samples.Select(s => s.Id).ToList();
        var counts = await db.CaseReviews.AsNoTracking().Where(r => r.SampleId != null && ids.Contains(r.SampleId.Value))
            .GroupBy(r => r.SampleId!.Value)
            .Select(g => new { Id = g.Key, Drawn = g.Count(), Confirmed = g.Count(r => r.Status == CaseReviewStatus.Confirmed) })
            .ToDictionaryAsync(g => g.Id, cancellationToken);
        var teams = await TeamNamesAsync(cancellationToken);
        var people = await UserNamesAsync(samples.Select(s => s.DrawnById), cancellationToken);
        return [.. samples.Select(s => Summary(s, counts.GetValueOrDefault(s.Id)?.Drawn ?? 0, counts.GetValueOrDefault(s.Id)?.Confirmed ?? 0, teams, people))];
    }

    /// <summary>Reviews still in progress that the caller started, newest first.</summary>
    public async Task<IReadOnlyList<ReviewSummary>> InProgressAsync(CancellationToken cancellationToken = default)
    {
        EnsureMayReview();
        return await SummariesAsync(db.CaseReviews.Where(r => r.Status == CaseReviewStatus.InProgress && r.SampleId == null), cancellationToken);
    }

    /// <summary>Reviews of one case, newest first.</summary>
    /// <returns>Null when the case is not the caller's agency's or not visible.</returns>
    public async Task<CaseReviewList?> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        EnsureMayReview();
        var reference = await db.Cases.Where(c => c.Id == caseId && (db.Scope.Kind == ScopeKind.System || c.OwningAgencyId == db.Scope.AgencyId))
            .Select(c => c.Reference).SingleOrDefaultAsync(cancellationToken);
        if (reference is null)
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.CaseReviewViewed, cancellationToken);
            return null;
        }

        var list = await SummariesAsync(db.CaseReviews.Where(r => r.CaseId == caseId), cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.CaseReviewViewed, CaseId: caseId, Detail: $"part=list;reviews={list.Count}"));
        return new CaseReviewList(caseId, reference, list);
    }

    /// <summary>
    /// Draws a random sample of the agency's cases (one team's, when asked) that were open at any time in the period,
    /// and starts a pre-scored review of each. The seed is kept, so a draw can be shown to have been fair.
    /// </summary>
    public async Task<SampleView> DrawAsync(SampleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureMayReview();
        var errors = new Dictionary<string, string[]>();
        if (input.PeriodFrom is { } from && input.PeriodTo is { } to)
        {
            if (to < from)
            {
                errors[nameof(SampleInput.PeriodTo)] = ["The period must end on or after its first day."];
            }
            else if (from > clock.Today())
            {
                errors[nameof(SampleInput.PeriodFrom)] = ["The period cannot start in the future."];
            }
        }

        if (input.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId && t.AgencyId == db.Scope.AgencyId, cancellationToken))
        {
            errors[nameof(SampleInput.TeamId)] = ["Choose one of your agency's teams."];
        }

        InputRules.Enforce(input, errors);
        var periodFrom = input.PeriodFrom!.Value;
        var periodTo = input.PeriodTo!.Value;
        var agencyId = db.Scope.AgencyId;
        var eligible = db.Cases.Where(c => c.OwningAgencyId == agencyId && c.Status != CaseStatus.Intake && c.OpenedOn <= periodTo && (c.ClosedOn == null || c.ClosedOn >= periodFrom));
        if (input.TeamId is { } team)
        {
            eligible = eligible.Where(c => c.TeamId == team);
        }

        // Ids only, in a fixed order, so that the same seed draws the same cases.
        var ids = await eligible.OrderBy(c => c.Reference).Select(c => c.Id).ToListAsync(cancellationToken);
        var seed = input.Seed ?? Random.Shared.Next(1, int.MaxValue);
        var chosen = Draw(ids, input.Size!.Value, seed);
        var now = clock.Now();

        // Every case is read (and its reads audited) before anything is added, so that a failure leaves no half-drawn sample.
        var reviews = new List<CaseReview>();
        foreach (var caseId in chosen)
        {
            reviews.Add(await PreScoredAsync(caseId, now, cancellationToken));
        }

        var sample = new ReviewSample
        {
            AgencyId = agencyId,
            TeamId = input.TeamId,
            PeriodFrom = periodFrom,
            PeriodTo = periodTo,
            Size = input.Size!.Value,
            Seed = seed,
            Eligible = ids.Count,
            DrawnById = db.Scope.UserId,
            DrawnAt = now,
        };
        db.ReviewSamples.Add(sample);
        var entries = new List<AuditEntry>
        {
            new(AuditAction.ReviewSampleDrawn, SubjectId: sample.Id,
                Detail: $"team={input.TeamId?.ToString() ?? "all"};from={periodFrom:yyyy-MM-dd};to={periodTo:yyyy-MM-dd};size={sample.Size};eligible={ids.Count};seed={seed}"),
        };
        foreach (var review in reviews)
        {
            review.SampleId = sample.Id;
            db.CaseReviews.Add(review);
            entries.Add(new AuditEntry(AuditAction.CaseReviewStarted, CaseId: review.CaseId, SubjectId: review.Id, Detail: $"prescorer={ReviewPreScorer.Version};sample=yes"));
        }

        await audit.SaveAsync(cancellationToken, [.. entries]);
        return (await SampleAsync(sample.Id, cancellationToken))!;
    }

    /// <returns>Null when the sample is not the caller's agency's.</returns>
    public async Task<SampleView?> SampleAsync(Guid sampleId, CancellationToken cancellationToken = default)
    {
        EnsureMayReview();
        var sample = await db.ReviewSamples.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sampleId, cancellationToken);
        if (sample is null)
        {
            return null;
        }

        var reviews = await SummariesAsync(db.CaseReviews.Where(r => r.SampleId == sampleId), cancellationToken);
        var teams = await TeamNamesAsync(cancellationToken);
        var people = await UserNamesAsync([sample.DrawnById], cancellationToken);
        await audit.SaveAsync(cancellationToken, [.. reviews.Select(r => new AuditEntry(AuditAction.CaseReviewViewed, CaseId: r.CaseId, SubjectId: r.Id, Detail: "part=sample"))]);
        return new SampleView(Summary(sample, reviews.Count, reviews.Count(r => r.Status == CaseReviewStatus.Confirmed), teams, people), reviews);
    }

    /// <summary>Starts a review of one case outside a sample (or returns the one already in progress).</summary>
    /// <returns>Null when the case is not the caller's agency's or not visible.</returns>
    public async Task<Guid?> StartAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        EnsureMayReview();
        if (!await OwnVisibleCaseAsync(caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.CaseReviewStarted, cancellationToken);
            return null;
        }

        var open = await db.CaseReviews.Where(r => r.CaseId == caseId && r.Status == CaseReviewStatus.InProgress).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (open is not null)
        {
            return open;
        }

        var review = await PreScoredAsync(caseId, clock.Now(), cancellationToken);
        db.CaseReviews.Add(review);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.CaseReviewStarted, CaseId: caseId, SubjectId: review.Id, Detail: $"prescorer={ReviewPreScorer.Version}"));
        return review.Id;
    }

    /// <returns>Null when the review is not visible to the caller.</returns>
    public async Task<CaseReviewView?> GetAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        EnsureMayReview();
        var review = await db.CaseReviews.AsNoTracking().Include(r => r.Ratings).Where(r => r.Id == reviewId)
            .Select(r => new { Review = r, r.Case!.Reference })
            .SingleOrDefaultAsync(cancellationToken);
        if (review is null)
        {
            await RecordDeniedAsync(reviewId, cancellationToken);
            return null;
        }

        var r = review.Review;
        var reviewer = (await UserNamesAsync([r.ReviewerId], cancellationToken)).GetValueOrDefault(r.ReviewerId, "");
        var criteria = r.Ratings.OrderBy(c => c.Criterion)
            .Select(c => new CriterionView(c.Criterion, c.PreScore, Reasons(c.PreScoreReasons), c.Rating, c.ChangeReason)).ToList();
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.CaseReviewViewed, CaseId: r.CaseId, SubjectId: r.Id, Detail: "part=review"));
        return new CaseReviewView(r.Id, r.CaseId, review.Reference, r.SampleId, reviewer, r.Status, r.PreScorerVersion, r.Summary, r.StartedAt, r.ConfirmedAt,
            criteria, r.Version, r.Status == CaseReviewStatus.InProgress);
    }

    /// <summary>
    /// Saves the reviewer's ratings; with <see cref="ReviewInput.Confirm"/>, all eight must be rated and the review is then
    /// closed. A rating that differs from the pre-score needs a reason: the reason is what makes the review worth reading.
    /// </summary>
    /// <returns>False when the review is not visible to the caller.</returns>
    public async Task<bool> SaveAsync(Guid reviewId, ReviewInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureMayReview();
        var review = await db.CaseReviews.Include(r => r.Ratings).SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null)
        {
            await RecordDeniedAsync(reviewId, cancellationToken);
            return false;
        }

        if (review.Status == CaseReviewStatus.Confirmed)
        {
            throw new InvalidInputException("Criteria", "This review has been confirmed and can no longer be changed.");
        }

        var errors = new Dictionary<string, string[]>();
        var given = input.Criteria.ToDictionary(c => c.Criterion);
        for (var i = 0; i < input.Criteria.Count; i++)
        {
            var c = input.Criteria[i];
            if (!Enum.IsDefined(c.Criterion) || review.Ratings.All(r => r.Criterion != c.Criterion))
            {
                errors[$"Criteria[{i}].Criterion"] = ["Unknown criterion."];
                continue;
            }

            if (c.Rating is { } rating && !Enum.IsDefined(rating))
            {
                errors[$"Criteria[{i}].Rating"] = ["Choose not evident, partly evident or clearly evident."];
                continue;
            }

            var pre = review.Ratings.Single(r => r.Criterion == c.Criterion).PreScore;
            if (c.Rating is null && input.Confirm)
            {
                errors[$"Criteria[{i}].Rating"] = [$"Rate “{ReviewCriteria.Title(c.Criterion)}” before confirming."];
            }
            else if (c.Rating is { } changed && changed != pre && string.IsNullOrWhiteSpace(c.ChangeReason))
            {
                errors[$"Criteria[{i}].ChangeReason"] = [$"Say why “{ReviewCriteria.Title(c.Criterion)}” is rated differently from the pre-score."];
            }
            else if (c.ChangeReason is { Length: > ReviewLimits.MaxReasonLength })
            {
                errors[$"Criteria[{i}].ChangeReason"] = ["Keep the reason under 1,000 characters."];
            }
        }

        if (input.Confirm && review.Ratings.Any(r => !given.ContainsKey(r.Criterion)))
        {
            errors["Criteria"] = ["Rate all eight criteria before confirming."];
        }

        InputRules.Enforce(input, errors);
        db.Entry(review).Property(r => r.Version).OriginalValue = input.Version!.Value;
        var changedCount = 0;
        foreach (var rating in review.Ratings)
        {
            if (given.TryGetValue(rating.Criterion, out var c))
            {
                rating.Rating = c.Rating;
                rating.ChangeReason = c.Rating is { } value && value != rating.PreScore ? (c.ChangeReason ?? "").Trim() : "";
                changedCount += c.Rating is { } v && v != rating.PreScore ? 1 : 0;
            }
        }

        review.Summary = (input.Summary ?? "").Trim();
        if (input.Confirm)
        {
            review.Status = CaseReviewStatus.Confirmed;
            review.ConfirmedAt = clock.Now();
            review.ConfirmedOn = clock.Today();
        }

        // The ratings are children of the review: touching the review makes a stale save of either conflict.
        db.Entry(review).State = EntityState.Modified;
        await access.SaveEditAsync(new AuditEntry(input.Confirm ? AuditAction.CaseReviewConfirmed : AuditAction.CaseReviewSaved, CaseId: review.CaseId,
            SubjectId: review.Id, Detail: $"changed={changedCount}"), cancellationToken);
        return true;
    }

    /// <summary>The pre-scorer's view of one case, read from its map, plan and notes.</summary>
    public async Task<CaseRecordFacts> FactsAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var caseMap = await map.GetAsync(caseId, "review", cancellationToken);
        var plan = await plans.GetAsync(caseId, "review", cancellationToken);
        var notes = await NotesAsync(caseId, cancellationToken);
        return Facts(caseMap, plan, notes);
    }

    /// <summary>A new review of the case, pre-scored; the caller adds it.</summary>
    private async Task<CaseReview> PreScoredAsync(Guid caseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var caseMap = await map.GetAsync(caseId, "review", cancellationToken);
        var plan = await plans.GetAsync(caseId, "review", cancellationToken);
        var notes = await NotesAsync(caseId, cancellationToken);
        var scores = ReviewPreScorer.Score(Facts(caseMap, plan, notes));
        var labels = Labels(caseMap, plan, notes);
        var review = new CaseReview
        {
            CaseId = caseId,
            AgencyId = db.Scope.AgencyId,
            ReviewerId = db.Scope.UserId,
            Status = CaseReviewStatus.InProgress,
            PreScorerVersion = ReviewPreScorer.Version,
            StartedAt = now,
        };
        foreach (var score in scores)
        {
            var reasons = score.Reasons.Select(r => new ReasonView(r.RuleId, r.Text, r.Supports,
                [.. r.Evidence.Select(e => new EvidenceView(e.Kind, e.Id, e.RuleId, Label(labels, e)))])).ToList();
            review.Ratings.Add(new CriterionRating
            {
                ReviewId = review.Id,
                Criterion = score.Criterion,
                PreScore = score.Rating,
                PreScoreReasons = JsonSerializer.Serialize(reasons, Json),
            });
        }

        return review;
    }

    private static CaseRecordFacts Facts(CaseMap? caseMap, CasePlanView? plan, List<NoteRow> notes)
    {
        var people = caseMap?.People ?? [];
        var entries = caseMap?.Entries.Select(e => e.ToFacts()).ToList() ?? [];
        var interviewed = notes.Any(n => n.Kind == Notes.NoteKind.Interview && n.With == ContactWith.Perpetrator)
            ? people.Where(p => p.Role == MapRole.Perpetrator).Select(p => p.Id).ToHashSet()
            : null;
        PlanSnapshot? snapshot = plan is { PlanId: not null }
            ? new PlanSnapshot(plan.People, [.. plan.Goals.Select(g => g.ToFacts())], plan.SafetyPlans.Count > 0)
            : null;
        var noteFacts = notes.Select(n => new NoteFacts(n.Id, n.OccurredOn, n.With, n.WordCount, new Dictionary<string, int>
        {
            [Practice.Language.LanguageCategories.VictimBlaming] = n.VictimBlaming,
            [Practice.Language.LanguageCategories.Mutualizing] = n.Mutualizing,
            [Practice.Language.LanguageCategories.PerpetratorInvisible] = n.PerpetratorInvisible,
            [Practice.Language.LanguageCategories.Minimizing] = n.Minimizing,
            [Practice.Language.LanguageCategories.DoubleStandard] = n.DoubleStandard,
        })).ToList();
        return new CaseRecordFacts(new MapSnapshot(people, entries, interviewed), caseMap?.Gaps ?? [], snapshot, plan?.Findings ?? [], noteFacts);
    }

    private sealed record NoteRow(Guid Id, Notes.NoteKind Kind, string WithWhom, DateOnly OccurredOn, ContactWith With, int WordCount,
        int VictimBlaming, int Mutualizing, int PerpetratorInvisible, int Minimizing, int DoubleStandard);

    private async Task<List<NoteRow>> NotesAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == caseId).OrderBy(n => n.OccurredOn)
            .Select(n => new NoteRow(n.Id, n.Kind, n.WithWhom, n.OccurredOn, n.With, n.WordCount, n.VictimBlamingFindings, n.MutualizingFindings,
                n.PerpetratorInvisibleFindings, n.MinimizingFindings, n.DoubleStandardFindings))
            .ToListAsync(cancellationToken);

    private static Dictionary<Guid, string> Labels(CaseMap? caseMap, CasePlanView? plan, List<NoteRow> notes)
    {
        var labels = new Dictionary<Guid, string>();
        foreach (var e in caseMap?.Entries ?? [])
        {
            labels[e.Id] = $"{ReviewCriteria.ComponentTitle(e.Component)}: {e.Category.Label}{(e.OccurredOn is { } on ? $" ({on:d MMM yyyy})" : "")}";
        }

        foreach (var g in plan?.Goals ?? [])
        {
            labels[g.Id] = $"Goal for {plan!.NameOf(g.PersonId)}: {Shorten(g.Behaviour, 80)}";
        }

        foreach (var s in plan?.SafetyPlans ?? [])
        {
            labels[s.Id] = $"Safety plan for {s.PersonName}";
        }

        foreach (var n in notes)
        {
            labels[n.Id] = $"Note of {n.OccurredOn:d MMM yyyy}{(n.WithWhom.Length > 0 ? $" with {Shorten(n.WithWhom, 60)}" : "")}";
        }

        return labels;
    }

    private static string Label(Dictionary<Guid, string> labels, EvidenceLink link) => link switch
    {
        { Id: { } id } when labels.TryGetValue(id, out var label) => label,
        { Kind: EvidenceKind.MapGap, RuleId: { } rule } => $"Gap in the map ({rule})",
        { Kind: EvidenceKind.PlanFinding, RuleId: { } rule } => $"Plan checker finding ({rule})",
        _ => link.Kind.ToString(),
    };

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static List<ReasonView> Reasons(string json) => JsonSerializer.Deserialize<List<ReasonView>>(json, Json) ?? [];

    /// <summary>A partial Fisher–Yates shuffle: every eligible case equally likely, the same seed the same draw.</summary>
    public static IReadOnlyList<Guid> Draw(IReadOnlyList<Guid> ids, int size, int seed)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var pool = ids.ToArray();
        var random = new Random(seed);
        var take = Math.Min(size, pool.Length);
        for (var i = 0; i < take; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..take];
    }

    private async Task<IReadOnlyList<ReviewSummary>> SummariesAsync(IQueryable<CaseReview> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking().OrderByDescending(r => r.StartedAt)
            .Select(r => new { r.Id, r.CaseId, r.Case!.Reference, r.Case.TeamId, r.Status, Ratings = r.Ratings.Select(c => new { c.Criterion, c.PreScore, c.Rating }).ToList() })
            .ToListAsync(cancellationToken);
        var teams = await TeamNamesAsync(cancellationToken);
        return [.. rows.Select(r => new ReviewSummary(r.Id, r.CaseId, r.Reference, r.TeamId is { } t ? teams.GetValueOrDefault(t, "") : "", r.Status,
            [.. r.Ratings.OrderBy(c => c.Criterion).Select(c => new CriterionBrief(c.Criterion, c.PreScore, c.Rating))]))];
    }

    private static SampleSummary Summary(ReviewSample s, int drawn, int confirmed, Dictionary<Guid, string> teams, Dictionary<Guid, string> people) =>
        new(s.Id, s.TeamId is { } t ? teams.GetValueOrDefault(t, "") : "All teams", s.PeriodFrom, s.PeriodTo, s.Size, s.Eligible, drawn, confirmed,
            people.GetValueOrDefault(s.DrawnById, ""), s.DrawnAt, s.Seed);

    private async Task<Dictionary<Guid, string>> TeamNamesAsync(CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().Where(t => t.AgencyId == db.Scope.AgencyId).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

    private async Task<Dictionary<Guid, string>> UserNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private async Task<bool> OwnVisibleCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases.AnyAsync(c => c.Id == caseId && (db.Scope.Kind == ScopeKind.System || c.OwningAgencyId == db.Scope.AgencyId), cancellationToken);

    private void EnsureMayReview()
    {
        if (!MayReview)
        {
            throw new NotPermittedException("Only reviewers, managers and supervisors review cases.");
        }
    }

    private async Task RecordDeniedAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        var caseId = await db.CaseReviews.IgnoreQueryFilters().Where(r => r.Id == reviewId).Select(r => (Guid?)r.CaseId).SingleOrDefaultAsync(cancellationToken);
        if (caseId is not null)
        {
            await access.RecordDeniedCaseAsync(caseId.Value, AuditAction.CaseReviewViewed, cancellationToken);
        }
    }
}
