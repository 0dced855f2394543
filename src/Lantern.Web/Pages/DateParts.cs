using System.Globalization;

namespace Lantern.Web.Pages;

/// <summary>
/// A date as typed into the day, month and year boxes of a memorable-date field. Kept as text so that what
/// the user typed comes back to them unchanged when it needs correcting (31/2, "March", a two-digit year).
/// </summary>
public sealed class DateParts
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts
        {
            Day = d.Day.ToString(CultureInfo.InvariantCulture),
            Month = d.Month.ToString(CultureInfo.InvariantCulture),
            Year = d.Year.ToString(CultureInfo.InvariantCulture),
        }
        : new DateParts();

    /// <summary>Reads the date. Empty boxes are no date (null, no error); anything else must be a real date.</summary>
    /// <param name="label">The field in words, starting a sentence: "The date received".</param>
    /// <returns>The error message to show, or null when the boxes hold a real date or nothing.</returns>
    public string? TryRead(string label, out DateOnly? date)
    {
        date = null;
        if (IsEmpty)
        {
            return null;
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day))
        {
            missing.Add("a day");
        }

        if (string.IsNullOrWhiteSpace(Month))
        {
            missing.Add("a month");
        }

        if (string.IsNullOrWhiteSpace(Year))
        {
            missing.Add("a year");
        }

        if (missing.Count > 0)
        {
            return $"{label} must include {string.Join(" and ", missing)}.";
        }

        if (!int.TryParse(Year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || Year.Trim().Length != 4)
        {
            return $"{label} must have the year in four digits, for example 2024.";
        }

        if (!int.TryParse(Day!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day) || ReadMonth(Month!) is not { } month
            || year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return $"{label} must be a real date, for example 27 3 2024.";
        }

        date = new DateOnly(year, month, day);
        return null;
    }

    private static int? ReadMonth(string text)
    {
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (trimmed.Length < 3)
        {
            return null;
        }

        var index = Array.IndexOf(MonthNames, trimmed[..3].ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }
}
