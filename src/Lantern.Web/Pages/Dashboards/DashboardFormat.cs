using System.Globalization;
using Lantern.Core.Dashboards;

namespace Lantern.Web.Pages.Dashboards;

/// <summary>
/// How the dashboard writes its numbers, shared by the page's tables, its charts and the CSV downloads, so that the
/// three always agree. "No data" (nothing to divide by) is a dash on the page and an empty cell in a CSV, never 0.
/// </summary>
public static class DashboardFormat
{
    public const string NoData = "–";

    /// <summary>A share as a percentage with one decimal: "75.0"; null when there is no data.</summary>
    public static string? PercentNumber(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Rate is { } rate ? (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) : null;
    }

    /// <summary>"75.0%", or a dash.</summary>
    public static string Percent(Figure figure) => PercentNumber(figure) is { } number ? number + "%" : NoData;

    /// <summary>A mean score or a rate per 1,000 words with two decimals: "1.33"; null when there is no data.</summary>
    public static string? TwoPlacesNumber(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Rate is { } rate ? rate.ToString("0.00", CultureInfo.InvariantCulture) : null;
    }

    public static string TwoPlaces(Figure figure) => TwoPlacesNumber(figure) ?? NoData;

    /// <summary>A count for reading: "1,234".</summary>
    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A count for a CSV: "1234".</summary>
    public static string Plain(long count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>"3 (75.0%)": the numerator with its share.</summary>
    public static string CountAndPercent(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Denominator == 0 ? NoData : $"{Count(figure.Numerator)} ({Percent(figure)})";
    }

    /// <summary>A month in a table: "Mar 2026".</summary>
    public static string Month(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A month in a CSV: "2026-03".</summary>
    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString(DashboardQuery.DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A scale's top for rates with no natural maximum: the value rounded up to 1, 2, 2.5 or 5 times a power of ten.</summary>
    public static double NiceMax(double value)
    {
        if (value <= 0 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (value <= step * power)
            {
                return step * power;
            }
        }

        return 10 * power;
    }
}
