using System.Globalization;

namespace Lantern.Web.Pages.Shared;

/// <summary>One bar: its label, its value on the chart's scale (null: no data, no bar) and the value as written beside it.</summary>
public sealed record ChartBar(string Label, double? Value, string ValueText);

/// <summary>
/// A horizontal bar chart drawn on the server as SVG (_BarChart.cshtml): each bar labelled with its name and value, so
/// that nothing depends on colour or on reading a scale. <see cref="Id"/> must be unique on the page.
/// </summary>
/// <param name="Description">What the chart shows, in a sentence; the values are added to it for screen readers.</param>
/// <param name="Max">The value a full-width bar stands for.</param>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<ChartBar> Bars, double Max)
{
    public const double Width = 640;
    public const double LabelHeight = 18;
    public const double BarHeight = 18;
    public const double RowHeight = 50;

    /// <summary>Room kept at the right for the value written after the longest bar.</summary>
    public const double ValueRoom = 110;

    public double Height => (Bars.Count * RowHeight) + 8;

    public double BarWidth(double? value) => value is { } v && Max > 0 ? Math.Clamp(v / Max, 0, 1) * (Width - ValueRoom) : 0;

    public string Summary => Description + " " + string.Join("; ", Bars.Select(b => $"{b.Label}: {b.ValueText}")) + ".";
}

/// <summary>One line of a line chart: a value per category (null: no data, a break in the line) and each value as written.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, IReadOnlyList<string> ValueTexts);

/// <summary>A mark on the vertical scale.</summary>
public sealed record ChartTick(double Value, string Label);

/// <summary>
/// A line chart over months drawn on the server as SVG (_LineChart.cshtml). Each series has its own marker shape and
/// line pattern as well as its colour, and points carry their values (every point up to 13 months, fewer beyond, so
/// that labels stay legible; the table beside the chart has every value).
/// </summary>
/// <param name="Months">The first day of each month, in order; a series has one value per month.</param>
public sealed record LineChart(string Id, string Title, string Description, IReadOnlyList<DateOnly> Months, IReadOnlyList<ChartSeries> Series,
    double Max, IReadOnlyList<ChartTick> Ticks)
{
    public const double Width = 640;
    public const double Left = 52;
    public const double Right = 24;
    public const double Bottom = 44;

    /// <summary>Room above the plot: the legend when there is more than one series.</summary>
    public double Top => Series.Count > 1 ? 44 : 24;

    public double Height => Top + 180 + Bottom;

    public double PlotWidth => Width - Left - Right;

    public double PlotBottom => Height - Bottom;

    /// <summary>Every how many months a month's name and the points' values are written.</summary>
    public int LabelEvery => Math.Max(1, (int)Math.Ceiling(Months.Count / 13d));

    public double X(int index) => Months.Count <= 1 ? Left + (PlotWidth / 2) : Left + (PlotWidth * index / (Months.Count - 1));

    public double Y(double value) => PlotBottom - ((PlotBottom - Top) * (Max > 0 ? Math.Clamp(value / Max, 0, 1) : 0));

    /// <summary>The series' line as SVG path data, broken where a month has no data.</summary>
    public string PathOf(ChartSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var path = new List<string>();
        var drawing = false;
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is { } v)
            {
                path.Add($"{(drawing ? "L" : "M")}{Svg.N(X(i))} {Svg.N(Y(v))}");
                drawing = true;
            }
            else
            {
                drawing = false;
            }
        }

        return string.Join(' ', path);
    }

    /// <summary>A month in full, for the description read by screen readers: "March 2026".</summary>
    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A month on the axis: "Mar".</summary>
    public static string MonthShort(DateOnly month) => month.ToString("MMM", CultureInfo.InvariantCulture);

    /// <summary>The year is written under the first month and under each January.</summary>
    public bool ShowsYear(int index) => index == 0 || Months[index].Month == 1;

    public string Summary => Description + " " + string.Join(" ", Series.Select(s =>
        $"{s.Name}: " + string.Join(", ", Months.Select((m, i) => $"{MonthName(m)} {s.ValueTexts[i]}")) + "."));
}

/// <summary>Numbers written into SVG attributes: invariant, one decimal.</summary>
public static class Svg
{
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
