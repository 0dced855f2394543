using Lantern.Core.Dashboards;
using Lantern.Core.Reviews;
using Lantern.Web.Pages.Shared;
using static Lantern.Web.Pages.Dashboards.DashboardFormat;

namespace Lantern.Web.Pages.Dashboards;

/// <summary>The dashboard's charts, built from the same figures (and written with the same format) as its tables.</summary>
public static class PracticeCharts
{
    private static readonly ChartTick[] ShareTicks = [new(0, "0%"), new(0.5, "50%"), new(1, "100%")];
    private static readonly ChartTick[] ScoreTicks = [new(0, "0"), new(1, "1"), new(2, "2")];

    public static BarChart ReviewsByCriterion(ReviewFigures reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var bars = reviews.Criteria.Select(c => new ChartBar($"{(int)c.Criterion}. {ReviewCriteria.Title(c.Criterion)}", c.Ratings.MeanScore.Rate, ScoreText(c.Ratings.MeanScore)))
            .Append(new ChartBar("All criteria", reviews.AllCriteria.MeanScore.Rate, ScoreText(reviews.AllCriteria.MeanScore)))
            .ToList();
        return new BarChart("chart-reviews", "Mean review score by criterion",
            "Mean score of confirmed case reviews in the period for each criterion, from 0 (not evident) to 2 (clearly evident).", bars, 2);
    }

    public static LineChart ReviewsByMonth(ReviewFigures reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var months = reviews.Months;
        return new LineChart("chart-reviews-trend", "Mean review score by month, all criteria",
            "Mean score over all eight criteria of the reviews confirmed in each month, from 0 to 2; a month with no reviews has no point.",
            [.. months.Select(m => m.Month)],
            [new ChartSeries("All criteria", [.. months.Select(m => m.AllCriteria.MeanScore.Rate)], [.. months.Select(m => TwoPlaces(m.AllCriteria.MeanScore))])],
            2, ScoreTicks);
    }

    public static LineChart ScreeningByMonth(ScreeningFigures screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        var months = screening.Months;
        return new LineChart("chart-screening", "Domestic abuse screening at intake by month",
            "Share of the intakes completed in each month that were screened for domestic abuse, and share where it was not safe to screen; a month with no completed intakes has no point.",
            [.. months.Select(m => m.Month)],
            [
                new ChartSeries("Screened", [.. months.Select(m => m.Counts.Screened.Rate)], [.. months.Select(m => Percent(m.Counts.Screened))]),
                new ChartSeries("Not safe to screen", [.. months.Select(m => m.Counts.UnableToScreenSafely.Rate)],
                    [.. months.Select(m => Percent(m.Counts.UnableToScreenSafely))]),
            ],
            1, ShareTicks);
    }

    public static BarChart Perpetrator(PerpetratorFigures perpetrator, string term)
    {
        var bars = PracticeTables.PerpetratorRows(perpetrator, term)
            .Select(r => new ChartBar(r.Description, r.Figure.Rate, ShareText(r.Figure))).ToList();
        return new BarChart("chart-perpetrator", $"Intervention with the {term}", $"Share of cases with the {term} recorded, with a plan goal for him, and with a contact with him.", bars, 1);
    }

    public static BarChart PivotByCategory(PivotFigures pivot)
    {
        ArgumentNullException.ThrowIfNull(pivot);
        var period = pivot.Period;
        var bars = period.Categories.Select(c => new ChartBar(Labels.LanguageCategory(c.Category), c.PerThousandWords.Rate, TwoPlaces(c.PerThousandWords)))
            .Append(new ChartBar("All categories", period.AllCategories.Rate, TwoPlaces(period.AllCategories)))
            .ToList();
        return new BarChart("chart-pivot", "Pivot findings per 1,000 words of notes, by category",
            "Findings of the pivot assistant standing in case notes dated in the period, per 1,000 words of those notes.", bars,
            NiceMax(bars.Max(b => b.Value ?? 0)));
    }

    public static LineChart PivotByMonth(PivotFigures pivot)
    {
        ArgumentNullException.ThrowIfNull(pivot);
        var months = pivot.Months;
        var max = NiceMax(months.Max(m => m.Counts.AllCategories.Rate ?? 0));
        return new LineChart("chart-pivot-trend", "Pivot findings per 1,000 words by month, all categories",
            "Findings of every category per 1,000 words of the notes dated in each month; a month with no notes has no point.",
            [.. months.Select(m => m.Month)],
            [new ChartSeries("All categories", [.. months.Select(m => m.Counts.AllCategories.Rate)], [.. months.Select(m => TwoPlaces(m.Counts.AllCategories))])],
            max, [new(0, "0"), new(max / 2, Svg.N(max / 2)), new(max, Svg.N(max))]);
    }

    public static BarChart Gaps(GapFigures gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var bars = gaps.Top.Select(g => new ChartBar(g.Name, g.Cases.Rate, ShareText(g.Cases))).ToList();
        return new BarChart("chart-gaps", "The most frequent map gaps on open cases", "Share of open cases on which each gap stands.", bars, 1);
    }

    private static string ScoreText(Figure score) => score.Rate is null ? NoData : TwoPlaces(score) + " of 2";

    private static string ShareText(Figure share) => share.Denominator == 0 ? NoData : $"{Percent(share)} ({Count(share.Numerator)} of {Count(share.Denominator)})";
}
