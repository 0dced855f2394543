using System.Globalization;
using Lantern.Core.Access;
using Lantern.Core.Access.Policy;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Intakes;
using Lantern.Core.Reviews;
using Lantern.Core.Validation;
using Lantern.Practice.Language;
using Lantern.Practice.Mapping;
using Lantern.Practice.Review;
using Lantern.Practice.Screening;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Dashboards;

/// <summary>
/// The practice dashboard of a team or an agency over a period: case review scores, domestic abuse screening at intake,
/// intervention with the perpetrator, pivot findings in notes and the most frequent map gaps. Every figure is counted
/// in the database (a handful of grouped queries, never a case loaded), over the cases the caller may see that her own
/// agency owns — a case shared in by another agency never counts. Aggregates only: no case or person is named, but
/// each viewing and each download is audited with the team and period.
/// </summary>
public sealed partial class PracticeDashboardService(LanternDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const int TopGaps = 10;

    private static readonly ReviewCriterion[] Criteria = Enum.GetValues<ReviewCriterion>();

    /// <summary>The dashboard as asked for, with its viewing audited.</summary>
    /// <exception cref="InvalidInputException">The team is not one of the agency's, or the period is back to front or too long.</exception>
    /// <exception cref="NotPermittedException">The caller is not a supervisor, manager or reviewer, or a supervisor asks for another team.</exception>
    public async Task<PracticeDashboard> GetAsync(DashboardQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scope = await ResolveAsync(query, AuditAction.DashboardViewed, cancellationToken);
        var dashboard = await BuildAsync(scope, only: null, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.DashboardViewed, Detail: Describe(scope)));
        return dashboard;
    }

    /// <summary>
    /// The figures behind one table, for a download: only that table's queries run (the other sections come back
    /// empty), and the download is audited with the table's name.
    /// </summary>
    public async Task<PracticeDashboard> ExportAsync(DashboardQuery query, DashboardTable table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Enum.IsDefined(table))
        {
            throw new InvalidInputException("table", "Choose one of the dashboard's tables.");
        }

        var scope = await ResolveAsync(query, AuditAction.DashboardExported, cancellationToken);
        var dashboard = await BuildAsync(scope, table, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.DashboardExported,
            Detail: $"table={table.ToString().ToLowerInvariant()};{Describe(scope)}"));
        return dashboard;
    }

    /// <summary>The teams the caller may choose between, and whether she may see the whole agency: for the filters of a form with mistakes.</summary>
    public async Task<DashboardChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        EnsureMaySee();
        var caller = db.Scope;
        var wholeAgency = caller.SeesWholeAgency;
        var agencyId = caller.AgencyId;
        var teamId = caller.TeamId;
        var teams = db.Teams.AsNoTracking().Where(t => t.AgencyId == agencyId);
        if (!wholeAgency)
        {
            teams = teams.Where(t => t.Id == teamId);
        }

        return new DashboardChoices(await teams.OrderBy(t => t.Name).Select(t => new DashboardTeam(t.Id, t.Name)).ToListAsync(cancellationToken), wholeAgency);
    }

    /// <summary>
    /// Who may ask for what: a supervisor sees their own team (asking for another is refused); managers and reviewers see
    /// the whole agency or any of its teams. The period defaults to the twelve calendar months up to today.
    /// </summary>
    private async Task<DashboardScope> ResolveAsync(DashboardQuery query, AuditAction attempted, CancellationToken cancellationToken)
    {
        var (teams, wholeAgency) = await ChoicesAsync(cancellationToken);
        var caller = db.Scope;
        var today = clock.Today();
        var to = query.To ?? today;
        var from = query.From ?? FirstOfMonth(to).AddMonths(-11);
        var errors = (query with { From = from, To = to }).PeriodErrors();
        if (errors.ContainsKey("to") && query.To is null)
        {
            errors = new Dictionary<string, string[]> { ["from"] = ["The start of the period cannot be after today."] };
        }

        Guid? teamId;
        if (wholeAgency)
        {
            teamId = query.TeamId;
            if (teamId is { } asked && teams.All(t => t.Id != asked))
            {
                errors["teamId"] = ["Choose one of your agency's teams, or the whole agency."];
            }
        }
        else
        {
            if (query.TeamId is { } asked && asked != caller.TeamId)
            {
                await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.AccessDenied, Outcome: AuditOutcome.Denied,
                    Detail: string.Create(CultureInfo.InvariantCulture, $"attempted={attempted};team={asked}")));
                throw new NotPermittedException("A supervisor sees the dashboard of their own team only.");
            }

            teamId = caller.TeamId;
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        var name = teamId is { } id ? teams.FirstOrDefault(t => t.Id == id)?.Name ?? "Your team" : wholeAgency ? "The whole agency" : "Your own cases";
        var months = new List<DateOnly>();
        for (var month = FirstOfMonth(from); month <= to; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return new DashboardScope(teamId, name, from, to, teams, wholeAgency, months);
    }

    private void EnsureMaySee()
    {
        var caller = db.Scope;
        if (caller.Kind != ScopeKind.User || !caller.May(AccessRights.ReadDashboard))
        {
            throw new NotPermittedException("Only supervisors, managers and reviewers see the practice dashboard.");
        }
    }

    private async Task<PracticeDashboard> BuildAsync(DashboardScope scope, DashboardTable? only, CancellationToken cancellationToken)
    {
        bool Wanted(DashboardTable table) => only is null || only == table;
        if (await ReadsKeptFiguresAsync(scope, cancellationToken))
        {
            return await BuildFromKeptFiguresAsync(scope, Wanted, cancellationToken);
        }

        var cases = CasesOf(scope);
        var open = cases.Where(c => c.Status == CaseStatus.Open);

        var reviews = Wanted(DashboardTable.Reviews) ? await ReviewsAsync(scope, cases, cancellationToken) : Reviews(scope, [], []);
        var screening = Wanted(DashboardTable.Screening) ? await ScreeningAsync(scope, cases, cancellationToken) : Screening(scope, []);
        PerpetratorFigures perpetrator;
        if (Wanted(DashboardTable.Perpetrator))
        {
            perpetrator = await PerpetratorAsync(scope, cases, open, cancellationToken);
        }
        else
        {
            var openCount = Wanted(DashboardTable.Gaps) ? await open.CountAsync(cancellationToken) : 0;
            perpetrator = new PerpetratorFigures(openCount, new Figure(0, openCount), new Figure(0, openCount), 0, new Figure(0, 0));
        }

        var pivot = Wanted(DashboardTable.Pivot) ? await PivotAsync(scope, cases, cancellationToken) : Pivot(scope, []);
        var gaps = Wanted(DashboardTable.Gaps) ? await GapsAsync(open, perpetrator.OpenCases, cancellationToken) : new GapFigures(perpetrator.OpenCases, []);
        return new PracticeDashboard(scope, reviews, screening, perpetrator, pivot, gaps);
    }

    /// <summary>
    /// The cases counted: those the query filter lets the caller see, that her agency owns (never one shared in), of the
    /// chosen team. Each conjunct is a plain equality, so that the database uses the agency and team indexes.
    /// </summary>
    private IQueryable<Case> CasesOf(DashboardScope scope)
    {
        var agencyId = db.Scope.AgencyId;
        var cases = db.Cases.AsNoTracking().Where(c => c.OwningAgencyId == agencyId);
        if (scope.TeamId is { } teamId)
        {
            cases = cases.Where(c => c.TeamId == teamId);
        }

        return cases;
    }

    /// <summary>
    /// The ids of the counted cases, for a section to count their records by: the database works the set out once (an
    /// uncorrelated subquery) rather than looking up each record's case again. Each record's own query filter still
    /// applies (its case visible to the caller, nothing withheld from her).
    /// </summary>
    private static IQueryable<Guid> IdsOf(IQueryable<Case> cases) => cases.Select(c => c.Id);

    private Task<ReviewFigures> ReviewsAsync(DashboardScope scope, IQueryable<Case> cases, CancellationToken cancellationToken)
    {
        var (from, to) = (scope.From, scope.To);
        var confirmed = db.CaseReviews.AsNoTracking()
            .Where(r => r.Status == CaseReviewStatus.Confirmed && r.ConfirmedOn >= from && r.ConfirmedOn <= to && cases.Any(c => c.Id == r.CaseId));
        return ReviewsAsync(scope, confirmed, db.CriterionRatings, cancellationToken);
    }

    private static async Task<ReviewFigures> ReviewsAsync(DashboardScope scope, IQueryable<CaseReview> confirmed, IQueryable<CriterionRating> criterionRatings,
        CancellationToken cancellationToken)
    {
        var perMonth = await confirmed
            .GroupBy(r => new { r.ConfirmedOn!.Value.Year, r.ConfirmedOn.Value.Month })
            .Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Count()))
            .ToListAsync(cancellationToken);
        var ratings = await (
            from rating in criterionRatings.AsNoTracking()
            join review in confirmed on rating.ReviewId equals review.Id
            where rating.Rating != null
            group rating by new { review.ConfirmedOn!.Value.Year, review.ConfirmedOn.Value.Month, rating.Criterion, rating.Rating } into g
            select new RatingCount(g.Key.Year, g.Key.Month, g.Key.Criterion, g.Key.Rating!.Value, g.Count()))
            .ToListAsync(cancellationToken);
        return Reviews(scope, perMonth, ratings);
    }

    private static ReviewFigures Reviews(DashboardScope scope, List<MonthCount> perMonth, List<RatingCount> ratings)
    {
        List<CriterionFigures> ByCriterion(IEnumerable<RatingCount> rows)
        {
            var list = rows.ToList();
            return [.. Criteria.Select(c => new CriterionFigures(c, Ratings(list.Where(r => r.Criterion == c))))];
        }

        var months = scope.Months.Select(m =>
        {
            var inMonth = ratings.Where(r => r.Year == m.Year && r.Month == m.Month).ToList();
            var reviews = perMonth.Where(r => r.Year == m.Year && r.Month == m.Month).Sum(r => r.Count);
            return new ReviewMonth(m, reviews, ByCriterion(inMonth), Ratings(inMonth));
        }).ToList();
        return new ReviewFigures(perMonth.Sum(r => r.Count), ByCriterion(ratings), Ratings(ratings), months);
    }

    private static RatingFigures Ratings(IEnumerable<RatingCount> rows)
    {
        int clearly = 0, partly = 0, not = 0;
        foreach (var row in rows)
        {
            switch (row.Rating)
            {
                case ReviewRating.ClearlyEvident:
                    clearly += row.Count;
                    break;
                case ReviewRating.PartlyEvident:
                    partly += row.Count;
                    break;
                case ReviewRating.NotEvident:
                    not += row.Count;
                    break;
            }
        }

        var rated = clearly + partly + not;
        return new RatingFigures(rated, new Figure(clearly, rated), new Figure(partly, rated), new Figure(not, rated),
            new Figure((2L * clearly) + partly, rated));
    }

    private async Task<ScreeningFigures> ScreeningAsync(DashboardScope scope, IQueryable<Case> cases, CancellationToken cancellationToken)
    {
        var (from, to) = (scope.From, scope.To);
        var ids = IdsOf(cases);
        var rows = await db.Intakes.AsNoTracking()
            .Where(i => i.Status == IntakeStatus.Completed && i.ReceivedOn >= from && i.ReceivedOn <= to && ids.Contains(i.CaseId))
            .GroupBy(i => new { i.ReceivedOn.Year, i.ReceivedOn.Month, i.ScreeningOutcome })
            .Select(g => new OutcomeCount(g.Key.Year, g.Key.Month, g.Key.ScreeningOutcome, g.Count()))
            .ToListAsync(cancellationToken);
        return Screening(scope, rows);
    }

    private static ScreeningFigures Screening(DashboardScope scope, List<OutcomeCount> rows)
    {
        static ScreeningCounts Count(IEnumerable<OutcomeCount> rows)
        {
            var list = rows.ToList();
            int Of(ScreeningOutcome outcome) => list.Where(r => r.Outcome == outcome).Sum(r => r.Count);
            var indicated = Of(ScreeningOutcome.DomesticAbuseIndicated);
            var screened = indicated + Of(ScreeningOutcome.NoIndicatorsFound);
            var unable = Of(ScreeningOutcome.UnableToScreenSafely);
            var completed = list.Sum(r => r.Count);
            return new ScreeningCounts(completed, new Figure(screened, completed), new Figure(unable, completed),
                new Figure(completed - screened - unable, completed), new Figure(indicated, screened));
        }

        return new ScreeningFigures(Count(rows),
            [.. scope.Months.Select(m => new ScreeningMonth(m, Count(rows.Where(r => r.Year == m.Year && r.Month == m.Month))))]);
    }

    private async Task<PerpetratorFigures> PerpetratorAsync(DashboardScope scope, IQueryable<Case> cases, IQueryable<Case> open,
        CancellationToken cancellationToken)
    {
        // Cases with him recorded, and cases whose plan has a goal for him (a goal whose person is a perpetrator of the case):
        // each an uncorrelated set the database works out once. The goals are narrowed to the open cases through their
        // plans' ids, not their cases' ids: SQLite would carry an IN list on the case id across the join to the
        // participants and probe the whole list once per goal.
        var openIds = IdsOf(open);
        var perpetrators = db.Participants.Where(p => p.Role == ParticipantRole.Perpetrator);
        var recorded = perpetrators.Where(p => openIds.Contains(p.CaseId)).Select(p => p.CaseId);
        var openPlans = db.CasePlans.Where(p => openIds.Contains(p.CaseId)).Select(p => p.Id);
        var withGoal =
            from goal in db.PlanGoals
            where openPlans.Contains(goal.PlanId)
            join plan in db.CasePlans on goal.PlanId equals plan.Id
            join him in perpetrators on new { plan.CaseId, PersonId = goal.PersonId } equals new { him.CaseId, PersonId = (Guid?)him.PersonId }
            select plan.CaseId;
        var goals = await open
            .Select(c => new { Recorded = recorded.Contains(c.Id), Goal = withGoal.Contains(c.Id) })
            .GroupBy(x => 1)
            .Select(g => new { Open = g.Count(), Recorded = g.Count(x => x.Recorded), Goal = g.Count(x => x.Goal) })
            .SingleOrDefaultAsync(cancellationToken);

        // Cases active in the period with a note of a contact with him dated in it, or a map entry from his interview recorded in it.
        var (from, to) = (scope.From, scope.To);
        var since = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var active = cases.Where(c => c.OpenedOn <= to && (c.ClosedOn == null || c.ClosedOn >= from));
        var activeIds = IdsOf(active);
        var contacted = db.CaseNotes
            .Where(n => n.With == ContactWith.Perpetrator && n.OccurredOn >= from && n.OccurredOn <= to && activeIds.Contains(n.CaseId))
            .Select(n => n.CaseId)
            .Union(db.MapEntries
                .Where(e => e.Source == EvidenceSource.PerpetratorInterview && e.RecordedAt >= since && e.RecordedAt < until && activeIds.Contains(e.CaseId))
                .Select(e => e.CaseId));
        var contact = await active
            .Select(c => new { Contact = contacted.Contains(c.Id) })
            .GroupBy(x => 1)
            .Select(g => new { Active = g.Count(), Contact = g.Count(x => x.Contact) })
            .SingleOrDefaultAsync(cancellationToken);

        var openCount = goals?.Open ?? 0;
        var activeCount = contact?.Active ?? 0;
        return new PerpetratorFigures(openCount, new Figure(goals?.Recorded ?? 0, openCount), new Figure(goals?.Goal ?? 0, openCount),
            activeCount, new Figure(contact?.Contact ?? 0, activeCount));
    }

    private async Task<PivotFigures> PivotAsync(DashboardScope scope, IQueryable<Case> cases, CancellationToken cancellationToken)
    {
        var (from, to) = (scope.From, scope.To);
        var ids = IdsOf(cases);
        var rows = await db.CaseNotes.AsNoTracking()
            .Where(n => n.OccurredOn >= from && n.OccurredOn <= to && ids.Contains(n.CaseId))
            .GroupBy(n => new { n.OccurredOn.Year, n.OccurredOn.Month })
            .Select(g => new NoteSums(g.Key.Year, g.Key.Month, g.Count(), g.Sum(n => (long)n.WordCount),
                g.Sum(n => (long)n.VictimBlamingFindings), g.Sum(n => (long)n.MutualizingFindings), g.Sum(n => (long)n.PerpetratorInvisibleFindings),
                g.Sum(n => (long)n.MinimizingFindings), g.Sum(n => (long)n.DoubleStandardFindings)))
            .ToListAsync(cancellationToken);
        return Pivot(scope, rows);
    }

    private static PivotFigures Pivot(DashboardScope scope, List<NoteSums> rows)
    {
        static PivotCounts Count(IEnumerable<NoteSums> rows)
        {
            var list = rows.ToList();
            var words = list.Sum(r => r.Words);
            long Sum(Func<NoteSums, long> findings) => list.Sum(findings);
            var categories = new List<CategoryFigure>
            {
                new(LanguageCategories.VictimBlaming, new Figure(Sum(r => r.VictimBlaming), words, 1000)),
                new(LanguageCategories.Mutualizing, new Figure(Sum(r => r.Mutualizing), words, 1000)),
                new(LanguageCategories.PerpetratorInvisible, new Figure(Sum(r => r.PerpetratorInvisible), words, 1000)),
                new(LanguageCategories.Minimizing, new Figure(Sum(r => r.Minimizing), words, 1000)),
                new(LanguageCategories.DoubleStandard, new Figure(Sum(r => r.DoubleStandard), words, 1000)),
            };
            return new PivotCounts(list.Sum(r => r.Notes), words, categories, new Figure(categories.Sum(c => c.PerThousandWords.Numerator), words, 1000));
        }

        return new PivotFigures(Count(rows), [.. scope.Months.Select(m => new PivotMonth(m, Count(rows.Where(r => r.Year == m.Year && r.Month == m.Month))))]);
    }

    private async Task<GapFigures> GapsAsync(IQueryable<Case> open, int openCases, CancellationToken cancellationToken)
    {
        // Only open cases' gaps count, so they are always found from the open cases.
        var ids = IdsOf(open);
        var rows = await db.CaseMapGaps.AsNoTracking()
            .Where(g => ids.Contains(g.CaseId))
            .GroupBy(g => new { g.RuleId, g.Component })
            .Select(g => new GapCount(g.Key.RuleId, g.Key.Component, g.Select(x => x.CaseId).Distinct().Count()))
            .ToListAsync(cancellationToken);
        return Gaps(rows, openCases);
    }

    private static GapFigures Gaps(List<GapCount> rows, int openCases)
    {
        static int Order(string rule)
        {
            for (var i = 0; i < MapGapNames.RuleOrder.Count; i++)
            {
                if (MapGapNames.RuleOrder[i] == rule)
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        var top = rows
            .OrderByDescending(r => r.Cases).ThenBy(r => Order(r.RuleId)).ThenBy(r => r.RuleId, StringComparer.Ordinal).ThenBy(r => r.Component)
            .Take(TopGaps)
            .Select(r => new GapFigure(r.RuleId, r.Component, MapGapNames.For(r.RuleId, r.Component), new Figure(r.Cases, openCases)))
            .ToList();
        return new GapFigures(openCases, top);
    }

    private static string Describe(DashboardScope scope) => string.Create(CultureInfo.InvariantCulture,
        $"team={(scope.TeamId is { } team ? team.ToString() : scope.MayChooseWholeAgency ? "agency" : "own")};from={scope.From:yyyy-MM-dd};to={scope.To:yyyy-MM-dd}");

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    private sealed record GapCount(string RuleId, MapComponent? Component, int Cases);

    private sealed record MonthCount(int Year, int Month, int Count);

    private sealed record RatingCount(int Year, int Month, ReviewCriterion Criterion, ReviewRating Rating, int Count);

    private sealed record OutcomeCount(int Year, int Month, ScreeningOutcome Outcome, int Count);

    private sealed record NoteSums(int Year, int Month, int Notes, long Words, long VictimBlaming, long Mutualizing, long PerpetratorInvisible,
        long Minimizing, long DoubleStandard);
}
