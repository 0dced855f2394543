using Lantern.Core.Reviews;
using Lantern.Practice.Mapping;
using Lantern.Practice.Screening;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Dashboards;

/// <summary>
/// The dashboard read from the figures kept as cases change (<see cref="CaseFiguresOnRecord"/>): a team's day tallies
/// for notes and screening, one narrow row per case for open cases and him, each case's contact days, and a team's count
/// of open cases with each kind of gap. A few hundred rows summed instead of every note of the period.
/// </summary>
public sealed partial class PracticeDashboardService
{
    /// <summary>
    /// The kept figures answer for the whole agency or a team. They count every case of it, so they are used only when
    /// the caller sees every one (managers and reviewers the agency, supervisors their own team) and nothing on any
    /// case is withheld from her or her agency; otherwise the figures are counted from the records as she sees them.
    /// </summary>
    private async Task<bool> ReadsKeptFiguresAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        var caller = db.Scope;
        if (scope.TeamId is null && !scope.MayChooseWholeAgency)
        {
            return false;
        }

        if (scope.TeamId is { } team && !scope.MayChooseWholeAgency && team != caller.TeamId)
        {
            return false;
        }

        var (userId, agencyId) = (caller.UserId, caller.AgencyId);
        return !await db.Withholdings.IgnoreQueryFilters().AsNoTracking()
            .AnyAsync(w => w.LiftedAt == null && (w.UserId == userId || w.AgencyId == agencyId), cancellationToken);
    }

    private async Task<PracticeDashboard> BuildFromKeptFiguresAsync(DashboardScope scope, Func<DashboardTable, bool> wanted, CancellationToken cancellationToken)
    {
        var reviews = wanted(DashboardTable.Reviews) ? await KeptReviewsAsync(scope, cancellationToken) : Reviews(scope, [], []);
        List<KeptMonth> months = wanted(DashboardTable.Screening) || wanted(DashboardTable.Pivot) ? await KeptMonthsAsync(scope, cancellationToken) : [];
        var screening = Screening(scope, wanted(DashboardTable.Screening) ? [.. months.SelectMany(OutcomesOf)] : []);
        var pivot = Pivot(scope, wanted(DashboardTable.Pivot)
            ? [.. months.Select(m => new NoteSums(m.Year, m.Month, m.Notes, m.Words, m.VictimBlaming, m.Mutualizing, m.PerpetratorInvisible, m.Minimizing, m.DoubleStandard))]
            : []);

        var open = await KeptCases(scope).Where(c => c.IsOpen)
            .GroupBy(c => 1)
            .Select(g => new { Open = g.Count(), Recorded = g.Count(c => c.HasPerpetrator), Goal = g.Count(c => c.HasPerpetratorGoal) })
            .SingleOrDefaultAsync(cancellationToken);
        var openCount = open?.Open ?? 0;
        var perpetrator = new PerpetratorFigures(openCount, new Figure(0, openCount), new Figure(0, openCount), 0, new Figure(0, 0));
        if (wanted(DashboardTable.Perpetrator))
        {
            var (from, to) = (scope.From, scope.To);
            var active = await KeptCases(scope).CountAsync(c => c.OpenedOn <= to && (c.ClosedOn == null || c.ClosedOn >= from), cancellationToken);
            var contacted = await KeptContactDays(scope)
                .Where(d => d.Day >= from && d.Day <= to && d.OpenedOn <= to && (d.ClosedOn == null || d.ClosedOn >= from))
                .Select(d => d.CaseId).Distinct().CountAsync(cancellationToken);
            perpetrator = new PerpetratorFigures(openCount, new Figure(open?.Recorded ?? 0, openCount), new Figure(open?.Goal ?? 0, openCount),
                active, new Figure(contacted, active));
        }

        var gaps = new GapFigures(openCount, []);
        if (wanted(DashboardTable.Gaps))
        {
            var agencyId = db.Scope.AgencyId;
            var counts = db.DashboardTeamGaps.AsNoTracking().Where(g => g.AgencyId == agencyId);
            if (scope.TeamId is { } teamId)
            {
                counts = counts.Where(g => g.TeamId == teamId);
            }

            var rows = await counts.GroupBy(g => new { g.RuleId, g.ComponentKey })
                .Select(g => new { g.Key.RuleId, g.Key.ComponentKey, Cases = g.Sum(x => x.Cases) })
                .ToListAsync(cancellationToken);
            gaps = Gaps([.. rows.Where(r => r.Cases > 0).Select(r => new GapCount(r.RuleId,
                r.ComponentKey == DashboardTeamGap.NoComponent ? null : (MapComponent)r.ComponentKey, r.Cases))], openCount);
        }

        return new PracticeDashboard(scope, reviews, screening, perpetrator, pivot, gaps);
    }

    /// <summary>
    /// Confirmed reviews of the counted cases, read past the reviews' own filter (which looks each case up twice) and
    /// narrowed to the agency's own reviews of the cases counted here (a removed case has no kept row, so it drops out).
    /// </summary>
    private Task<ReviewFigures> KeptReviewsAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        var (from, to) = (scope.From, scope.To);
        var agencyId = db.Scope.AgencyId;
        var counted = KeptCases(scope);

        // Each review looks its case up by key (an IN list would first gather every case of the agency).
        var confirmed = db.CaseReviews.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.Status == CaseReviewStatus.Confirmed && r.ConfirmedOn >= from && r.ConfirmedOn <= to
                && counted.Any(c => c.CaseId == r.CaseId));
        return ReviewsAsync(scope, confirmed, db.CriterionRatings.IgnoreQueryFilters(), cancellationToken);
    }

    private IQueryable<DashboardCase> KeptCases(DashboardScope scope)
    {
        var agencyId = db.Scope.AgencyId;
        var rows = db.DashboardCases.AsNoTracking().Where(c => c.AgencyId == agencyId);
        return scope.TeamId is { } teamId ? rows.Where(c => c.TeamId == teamId) : rows;
    }

    private IQueryable<DashboardCaseDay> KeptContactDays(DashboardScope scope)
    {
        var agencyId = db.Scope.AgencyId;
        var rows = db.DashboardCaseDays.AsNoTracking().Where(d => d.AgencyId == agencyId && d.PerpetratorContact);
        return scope.TeamId is { } teamId ? rows.Where(d => d.TeamId == teamId) : rows;
    }

    private async Task<List<KeptMonth>> KeptMonthsAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        var (from, to) = (scope.From, scope.To);
        var agencyId = db.Scope.AgencyId;
        var days = db.DashboardTeamDays.AsNoTracking().Where(d => d.AgencyId == agencyId && d.Day >= from && d.Day <= to);
        if (scope.TeamId is { } teamId)
        {
            days = days.Where(d => d.TeamId == teamId);
        }

        return await days
            .GroupBy(d => new { d.Day.Year, d.Day.Month })
            .Select(g => new KeptMonth(g.Key.Year, g.Key.Month, g.Sum(d => d.Notes), g.Sum(d => d.Words),
                g.Sum(d => (long)d.VictimBlaming), g.Sum(d => (long)d.Mutualizing), g.Sum(d => (long)d.PerpetratorInvisible),
                g.Sum(d => (long)d.Minimizing), g.Sum(d => (long)d.DoubleStandard),
                g.Sum(d => d.IntakesCompleted), g.Sum(d => d.DomesticAbuseIndicated), g.Sum(d => d.NoIndicatorsFound), g.Sum(d => d.UnableToScreen)))
            .ToListAsync(cancellationToken);
    }

    private static IEnumerable<OutcomeCount> OutcomesOf(KeptMonth m) =>
    [
        new(m.Year, m.Month, ScreeningOutcome.DomesticAbuseIndicated, m.Indicated),
        new(m.Year, m.Month, ScreeningOutcome.NoIndicatorsFound, m.NoIndicators),
        new(m.Year, m.Month, ScreeningOutcome.UnableToScreenSafely, m.Unable),
        new(m.Year, m.Month, ScreeningOutcome.NotScreened, m.Completed - m.Indicated - m.NoIndicators - m.Unable),
    ];

    private sealed record KeptMonth(int Year, int Month, int Notes, long Words, long VictimBlaming, long Mutualizing, long PerpetratorInvisible,
        long Minimizing, long DoubleStandard, int Completed, int Indicated, int NoIndicators, int Unable);
}
