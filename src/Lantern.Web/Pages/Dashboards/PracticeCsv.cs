using System.Text;
using Lantern.Core.Dashboards;
using Lantern.Core.Reviews;
using static Lantern.Web.Pages.Dashboards.DashboardFormat;

namespace Lantern.Web.Pages.Dashboards;

/// <summary>
/// A dashboard table as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read it as UTF-8): one row per
/// figure with its counts and rate, written with <see cref="DashboardFormat"/> like the page. Every row repeats the team
/// and period, so that a file says what it counts wherever it ends up.
/// </summary>
public static class PracticeCsv
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string FileName(DashboardScope scope, DashboardTable table)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return $"practice-dashboard-{table.ToString().ToLowerInvariant()}-{IsoDate(scope.From)}-to-{IsoDate(scope.To)}.csv";
    }

    /// <param name="perpetratorTerm">The agency's term for the perpetrator, lower case, as the page writes it.</param>
    public static byte[] Write(PracticeDashboard dashboard, DashboardTable table, string perpetratorTerm)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var scope = dashboard.Scope;
        var rows = table switch
        {
            DashboardTable.Reviews => Reviews(dashboard.Reviews),
            DashboardTable.Screening => Screening(dashboard.Screening),
            DashboardTable.Perpetrator => Perpetrator(dashboard.Perpetrator, perpetratorTerm),
            DashboardTable.Pivot => Pivot(dashboard.Pivot),
            DashboardTable.Gaps => Gaps(dashboard.Gaps),
        };
        var text = new StringBuilder();
        var first = true;
        foreach (var row in rows)
        {
            string?[] prefix = first ? ["team", "from", "to"] : [scope.Name, IsoDate(scope.From), IsoDate(scope.To)];
            text.AppendJoin(',', prefix.Concat(row).Select(Cell)).Append("\r\n");
            first = false;
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>
    /// One cell. Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return —
    /// a team's name is typed by an administrator) is prefixed with an apostrophe; then quoted where RFC 4180 needs it.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static IEnumerable<string?[]> Reviews(ReviewFigures reviews)
    {
        yield return ["month", "criterion_number", "criterion", "reviews", "rated", "clearly_evident", "clearly_evident_percent", "partly_evident",
            "partly_evident_percent", "not_evident", "not_evident_percent", "mean_score"];
        static string?[] Row(string month, int reviews, string? number, string criterion, RatingFigures r) =>
            [month, number, criterion, Plain(reviews), Plain(r.Rated), Plain(r.ClearlyEvident.Numerator), PercentNumber(r.ClearlyEvident),
                Plain(r.PartlyEvident.Numerator), PercentNumber(r.PartlyEvident), Plain(r.NotEvident.Numerator), PercentNumber(r.NotEvident),
                TwoPlacesNumber(r.MeanScore)];

        foreach (var c in reviews.Criteria)
        {
            yield return Row("all", reviews.Reviews, Plain((int)c.Criterion), ReviewCriteria.Title(c.Criterion), c.Ratings);
        }

        yield return Row("all", reviews.Reviews, null, "All criteria", reviews.AllCriteria);
        foreach (var month in reviews.Months)
        {
            foreach (var c in month.Criteria)
            {
                yield return Row(MonthKey(month.Month), month.Reviews, Plain((int)c.Criterion), ReviewCriteria.Title(c.Criterion), c.Ratings);
            }

            yield return Row(MonthKey(month.Month), month.Reviews, null, "All criteria", month.AllCriteria);
        }
    }

    private static IEnumerable<string?[]> Screening(ScreeningFigures screening)
    {
        yield return ["month", "intakes_completed", "screened", "screened_percent", "unable_to_screen_safely", "unable_to_screen_safely_percent",
            "not_screened", "not_screened_percent", "domestic_abuse_indicated", "indicated_percent_of_screened"];
        static string?[] Row(string month, ScreeningCounts s) =>
            [month, Plain(s.Completed), Plain(s.Screened.Numerator), PercentNumber(s.Screened), Plain(s.UnableToScreenSafely.Numerator),
                PercentNumber(s.UnableToScreenSafely), Plain(s.NotScreened.Numerator), PercentNumber(s.NotScreened), Plain(s.Indicated.Numerator),
                PercentNumber(s.Indicated)];

        foreach (var month in screening.Months)
        {
            yield return Row(MonthKey(month.Month), month.Counts);
        }

        yield return Row("all", screening.Period);
    }

    private static IEnumerable<string?[]> Perpetrator(PerpetratorFigures perpetrator, string term)
    {
        yield return ["measure", "description", "cases", "out_of", "percent"];
        foreach (var (measure, description, figure) in PracticeTables.PerpetratorRows(perpetrator, term))
        {
            yield return [measure, description, Plain(figure.Numerator), Plain(figure.Denominator), PercentNumber(figure)];
        }
    }

    private static IEnumerable<string?[]> Pivot(PivotFigures pivot)
    {
        // Categories by the pivot assistant's wire names (victim_blaming, …), as the API gives them.
        yield return ["month", "notes", "words", "category", "findings", "per_1000_words"];
        static IEnumerable<string?[]> Rows(string month, PivotCounts p)
        {
            foreach (var c in p.Categories)
            {
                yield return [month, Plain(p.Notes), Plain(p.Words), c.Category, Plain(c.PerThousandWords.Numerator), TwoPlacesNumber(c.PerThousandWords)];
            }

            yield return [month, Plain(p.Notes), Plain(p.Words), "all", Plain(p.AllCategories.Numerator), TwoPlacesNumber(p.AllCategories)];
        }

        foreach (var row in Rows("all", pivot.Period))
        {
            yield return row;
        }

        foreach (var month in pivot.Months)
        {
            foreach (var row in Rows(MonthKey(month.Month), month.Counts))
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<string?[]> Gaps(GapFigures gaps)
    {
        yield return ["rank", "rule_id", "component", "gap", "open_cases_with_gap", "open_cases", "percent"];
        var rank = 0;
        foreach (var gap in gaps.Top)
        {
            rank++;
            yield return [Plain(rank), gap.RuleId, gap.Component?.ToString(), gap.Name, Plain(gap.Cases.Numerator), Plain(gap.Cases.Denominator),
                PercentNumber(gap.Cases)];
        }
    }
}
