using System.Globalization;
using System.Text;

namespace Lantern.Practice.DataQuality;

/// <summary>
/// Names reduced to what a person would read as the same name: case, accents, spacing, hyphens and apostrophes do not
/// count ("Zoë O'Neill-Hart" and "zoe oneill hart" give one key).
/// </summary>
public static class NameKey
{
    /// <summary>The key of a name: lower-case letters and digits in words separated by one space; empty when nothing is left.</summary>
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            // An apostrophe joins a name's parts (O'Neill is Oneill); anything else that is not a letter or digit separates words.
            if (ch is '\'' or '\u2019' or '\u2018' or '`' or '\u02BC')
            {
                continue;
            }

            if (!char.IsLetterOrDigit(ch))
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            AppendFolded(key, char.ToLowerInvariant(ch));
        }

        return key.ToString();
    }

    /// <summary>Letters that carry no combining mark to strip, written as people type them without the special letter.</summary>
    private static void AppendFolded(StringBuilder key, char ch)
    {
        switch (ch)
        {
            case 'ß':
                key.Append("ss");
                break;
            case 'æ':
                key.Append("ae");
                break;
            case 'œ':
                key.Append("oe");
                break;
            case 'ø':
                key.Append('o');
                break;
            case 'ł':
                key.Append('l');
                break;
            case 'đ':
                key.Append('d');
                break;
            case 'ı':
                key.Append('i');
                break;
            default:
                key.Append(ch);
                break;
        }
    }

    /// <summary>
    /// Every full name a person is known by, as keys: given and family name, and each alias (aliases are separated by
    /// semicolons; a one-word alias is taken as another given name with the family name).
    /// </summary>
    public static IEnumerable<string> AllFor(QualityPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var family = Of(person.FamilyName);
        var given = Of(person.GivenName);
        if (given.Length > 0 && family.Length > 0)
        {
            yield return given + " " + family;
        }

        if (string.IsNullOrWhiteSpace(person.Aliases))
        {
            yield break;
        }

        foreach (var alias in person.Aliases.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = Of(alias);
            if (key.Length == 0)
            {
                continue;
            }

            if (!key.Contains(' ', StringComparison.Ordinal))
            {
                if (family.Length == 0)
                {
                    continue;
                }

                key = key + " " + family;
            }

            yield return key;
        }
    }
}
