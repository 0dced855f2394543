using System.ComponentModel.DataAnnotations;

namespace Lantern.Core.Validation;

/// <summary>Runs the data-annotation rules on an input record and throws one exception with every field error.</summary>
public static class InputRules
{
    public static Dictionary<string, string[]> Check(object input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, Message: r.ErrorMessage ?? "Check this value.")))
            .GroupBy(x => x.Member)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray());
    }

    public static void Enforce(object input, Dictionary<string, string[]>? extra = null)
    {
        var errors = Check(input);
        if (extra is not null)
        {
            foreach (var (key, messages) in extra)
            {
                errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, .. messages] : messages;
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }
}
