using Lantern.Practice.Mapping;
using Lantern.Practice.Review;

namespace Lantern.Core.Dashboards;

/// <summary>
/// One figure with what it is made of, so that a reader (or a spreadsheet) can check it: <see cref="Rate"/> is
/// <see cref="Per"/> × numerator ÷ denominator — a share (per 1), a mean score (per 1) or findings per 1,000 words.
/// </summary>
public sealed record Figure(long Numerator, long Denominator, int Per = 1)
{
    /// <summary>Null when there is nothing to divide by: "no data", which is not the same as 0.</summary>
    public double? Rate => Denominator == 0 ? null : (double)Per * Numerator / Denominator;
}

/// <summary>The dashboard's tables, by the name used in links and CSV downloads.</summary>
public enum DashboardTable
{
    Reviews,
    Screening,
    Perpetrator,
    Pivot,
    Gaps,
}

public sealed record DashboardTeam(Guid Id, string Name);

/// <summary>What the caller may choose in the filters: these teams, and (managers and reviewers) the whole agency.</summary>
public sealed record DashboardChoices(IReadOnlyList<DashboardTeam> Teams, bool MayChooseWholeAgency);

/// <summary>
/// Whose cases and which period the figures count: one team, or (for managers and reviewers) the whole agency; the
/// teams the caller may choose from; and the months the trends run over (first day of each).
/// </summary>
public sealed record DashboardScope(
    Guid? TeamId,
    string Name,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<DashboardTeam> Teams,
    bool MayChooseWholeAgency,
    IReadOnlyList<DateOnly> Months);

/// <summary>Ratings of one criterion (or of all criteria together): shares of each rating, and the mean score from 0 to 2.</summary>
public sealed record RatingFigures(int Rated, Figure ClearlyEvident, Figure PartlyEvident, Figure NotEvident, Figure MeanScore);

public sealed record CriterionFigures(ReviewCriterion Criterion, RatingFigures Ratings);

public sealed record ReviewMonth(DateOnly Month, int Reviews, IReadOnlyList<CriterionFigures> Criteria, RatingFigures AllCriteria);

/// <summary>Confirmed case reviews in the period (by the month they were confirmed), per criterion and over time.</summary>
public sealed record ReviewFigures(int Reviews, IReadOnlyList<CriterionFigures> Criteria, RatingFigures AllCriteria, IReadOnlyList<ReviewMonth> Months);

/// <summary>
/// Completed intakes received in a month (or the period): screened means domestic abuse was indicated or no indicators
/// were found; "unable to screen safely" is neither screened nor a failure to ask, so it is shown on its own.
/// </summary>
public sealed record ScreeningCounts(int Completed, Figure Screened, Figure UnableToScreenSafely, Figure NotScreened, Figure Indicated);

public sealed record ScreeningMonth(DateOnly Month, ScreeningCounts Counts);

public sealed record ScreeningFigures(ScreeningCounts Period, IReadOnlyList<ScreeningMonth> Months);

/// <summary>
/// Intervention with the perpetrator. Open cases today (the period does not apply to them): with a perpetrator recorded,
/// and with a plan goal written for him. Cases active in the period (opened by its end, not closed before its start):
/// with a contact with him — a case note of a contact with him dated in the period, or a map entry from an interview
/// with him recorded in the period.
/// </summary>
public sealed record PerpetratorFigures(int OpenCases, Figure PerpetratorRecorded, Figure GoalForPerpetrator, int ActiveCases, Figure Contact);

/// <summary>Pivot assistant findings of one category per 1,000 words of notes.</summary>
public sealed record CategoryFigure(string Category, Figure PerThousandWords);

/// <summary>Findings standing in case notes dated in a month (or the period), per 1,000 words, by category and in all.</summary>
public sealed record PivotCounts(int Notes, long Words, IReadOnlyList<CategoryFigure> Categories, Figure AllCategories);

public sealed record PivotMonth(DateOnly Month, PivotCounts Counts);

public sealed record PivotFigures(PivotCounts Period, IReadOnlyList<PivotMonth> Months);

/// <summary>One gap (a rule, and for an empty component the component) with the open cases it stands on.</summary>
public sealed record GapFigure(string RuleId, MapComponent? Component, string Name, Figure Cases);

/// <summary>The most frequent map gaps on open cases today, most frequent first.</summary>
public sealed record GapFigures(int OpenCases, IReadOnlyList<GapFigure> Top);

/// <summary>The practice dashboard: aggregates only; no case or person is named.</summary>
public sealed record PracticeDashboard(
    DashboardScope Scope,
    ReviewFigures Reviews,
    ScreeningFigures Screening,
    PerpetratorFigures Perpetrator,
    PivotFigures Pivot,
    GapFigures Gaps);
