using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Lantern.Core.Validation;

/// <summary>Runs the data-annotation rules on an input record and throws one exception with every field error.</summary>
public static class InputRules
{
    public static Dictionary<string, string[]> Check(object input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        results.AddRange(CheckValues(input));
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

    /// <summary>
    /// Rules every input shares, whatever its annotations say: an enum holds one of its named values (JSON and
    /// form binders accept any number), and text holds no NUL character (PostgreSQL refuses it in text columns).
    /// </summary>
    private static IEnumerable<ValidationResult> CheckValues(object input)
    {
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead)
            {
                continue;
            }

            switch (property.GetValue(input))
            {
                case Enum value when !Enum.IsDefined(value.GetType(), value):
                    yield return new ValidationResult("Choose one of the listed values.", [property.Name]);
                    break;
                case string text when text.Contains('\0', StringComparison.Ordinal):
                    yield return new ValidationResult("Remove the hidden control character from this text.", [property.Name]);
                    break;
                default:
                    break;
            }
        }
    }
}
