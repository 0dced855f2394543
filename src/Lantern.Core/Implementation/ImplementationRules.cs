namespace Lantern.Core.Implementation;

/// <summary>Field rules the implementation services share beyond the inputs' annotations.</summary>
internal static class ImplementationRules
{
    /// <summary>A date on which something happened: not in the future, and not so long ago that it must be a slip.</summary>
    /// <param name="what">The field in words, starting a sentence: "The date of the training".</param>
    public static void Past(Dictionary<string, string[]> errors, string key, DateOnly? date, DateOnly today, string what)
    {
        if (date is not { } value)
        {
            return;
        }

        if (value > today)
        {
            errors[key] = [$"{what} cannot be in the future."];
        }
        else if (value < ImplementationLimits.Earliest)
        {
            errors[key] = [$"{what} must be in {ImplementationLimits.Earliest.Year} or later: check the year."];
        }
    }

    /// <summary>Optional text within a length, without the NUL character PostgreSQL refuses.</summary>
    public static void Text(Dictionary<string, string[]> errors, string key, string? value, int max, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (value.Trim().Length > max)
        {
            errors[key] = [$"Keep {what} under {max:N0} characters."];
        }
        else if (value.Contains('\0', StringComparison.Ordinal))
        {
            errors[key] = ["Remove the hidden control character from this text."];
        }
    }

    public static void Add(Dictionary<string, string[]> errors, string key, string message) =>
        errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];
}
