using System.Globalization;
using Lantern.Core.Validation;

namespace Lantern.Core.Dashboards;

/// <summary>
/// What the dashboard is asked for: a team (none: the caller's default) and a period (none: the last twelve months).
/// Read from the text of a URL, so that the page and the API share one set of messages naming the field.
/// </summary>
public sealed record DashboardQuery(Guid? TeamId = null, DateOnly? From = null, DateOnly? To = null)
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The longest period the dashboard counts over.</summary>
    public const int MaxYears = 5;

    /// <summary>Reads the query string's values; every mistake is reported at once, against its field.</summary>
    /// <exception cref="InvalidInputException">A value is not an id or a date, or the period is back to front or too long.</exception>
    public static DashboardQuery Read(string? teamId, string? from, string? to)
    {
        var errors = new Dictionary<string, string[]>();
        Guid? team = null;
        if (!string.IsNullOrWhiteSpace(teamId))
        {
            if (Guid.TryParse(teamId.Trim(), out var id))
            {
                team = id;
            }
            else
            {
                errors["teamId"] = ["Choose a team from the list."];
            }
        }

        var start = ReadDate(from, "from", "the start of the period", errors);
        var end = ReadDate(to, "to", "the end of the period", errors);
        var query = new DashboardQuery(team, start, end);
        foreach (var (field, messages) in query.PeriodErrors())
        {
            errors[field] = messages;
        }

        return errors.Count > 0 ? throw new InvalidInputException(errors) : query;
    }

    /// <summary>A period that ends before it starts, or runs over <see cref="MaxYears"/> years.</summary>
    public Dictionary<string, string[]> PeriodErrors()
    {
        var errors = new Dictionary<string, string[]>();
        if (From is { } from && To is { } to)
        {
            if (from > to)
            {
                errors["to"] = ["The end of the period must be the same as or after its start."];
            }
            else if (from < to.AddYears(-MaxYears))
            {
                errors["from"] = [$"Choose a period of {MaxYears} years or less."];
            }
        }

        return errors;
    }

    private static DateOnly? ReadDate(string? text, string field, string what, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1900)
        {
            return date;
        }

        errors[field] = [$"Enter {what} as a date, for example 2025-01-31."];
        return null;
    }
}
