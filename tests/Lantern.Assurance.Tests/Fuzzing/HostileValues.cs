using CsCheck;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>
/// What a careless or hostile client sends: wrong types, impossible dates, out-of-range numbers, injection-shaped text,
/// control characters, huge and deeply nested values. None of them contains a word <see cref="LeakCheck"/> looks for,
/// so that a value the app stores and later shows back is never mistaken for a leak.
/// </summary>
internal static class HostileValues
{
    private static readonly string[] Texts =
    [
        "", " ", "\t\r\n", "not-a-guid", "1", "-1", "0", "null", "undefined", "true", "NaN", "Infinity",
        "00000000-0000-0000-0000-000000000000", "{6F9619FF-8B86-D011-B42D-00CF4FC964FF}", "6F9619FF8B86D011B42D00CF4FC964FFX",
        "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "\0", "a\0b", "%2e%2e%2f", "%ff%fe", "%", "%zz",
        "' OR '1'='1", "1; DROP TABLE \"Cases\"; --", "\" OR \"\"=\"", "admin'--", "1 UNION ALL select null--", "$where: 1",
        "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "\u202Eevil", "\uFEFFbom", "Ω≈ç√∫˜µ≤≥÷", "ﷺ﷽",
        "🏳️‍🌈👨‍👩‍👧‍👦💥", "Z̷̧̛̗a̶l̸g̷o̶", "日本語のテキスト", "مرحبا", "2024-02-30", "0000-00-00", "9999-12-31", "10000-01-01",
        "2024-13-01T25:61:61Z", "31/12/2019", "-0001-01-01", "1e400", "2147483648", "-9223372036854775809", "0x7FFFFFFF",
        "Wizard", "99", "-2147483648",
    ];

    private static readonly string[] JsonFragments =
    [
        "null", "true", "false", "0", "-1", "1.5", "2147483648", "-2147483649", "9223372036854775808", "1e400", "-1e400",
        "1" + new string('0', 400), "\"NaN\"", "\"Infinity\"", "[]", "{}", "[null]", "[[]]", "{\"\":null}", "\"\"",
        "\"not-a-guid\"", "\"00000000-0000-0000-0000-000000000000\"", "\"2024-02-30\"", "\"0001-01-01\"", "\"9999-12-31\"",
        "\"10000-01-01\"", "\"2024-13-01T25:61:61Z\"", "\"31/12/2019\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"",
        "\"../../etc/passwd\"", "\"%00\"", "\"' OR '1'='1\"", "\"1; DROP TABLE Cases--\"", "\"<script>alert(1)</script>\"",
        "\"Ω≈ç√∫ 🎉 ﷽\"", "99", "\"Wizard\"", "-2147483648", "4294967296", "\"2147483647\"", "{\"$type\":\"System.Object\"}",
        "{\"$ref\":\"#\"}", "\"\\/Date(0)\\/\"",
    ];

    /// <summary>Text values, sometimes huge (up to 150,000 characters, beyond the 100,000 the language check takes).</summary>
    public static Gen<string> Text { get; } = Gen.Frequency<string>(
        (20, Gen.OneOf(Texts)),
        (2, Gen.Int[1, 150_000].Select(n => new string('a', n))),
        (1, Gen.Int[1, 20_000].Select(n => string.Concat(Enumerable.Repeat("🎉", n)))),
        (5, RandomUnicode(0, 200)));

    /// <summary>A raw JSON value to put where the schema wants something else.</summary>
    public static Gen<string> JsonFragment { get; } = Gen.Frequency<string>(
        (20, Gen.OneOf(JsonFragments)),
        (3, Text.Select(Quote)),
        (2, Gen.Int[10, 5_000].Select(depth => new string('[', depth) + new string(']', depth))),
        (1, Gen.Int[10, 2_000].Select(depth => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth))));

    /// <summary>Any characters of the Basic Multilingual Plane and beyond, including unpaired surrogates and controls.</summary>
    public static Gen<string> RandomUnicode(int minLength, int maxLength) =>
        Gen.Char.Array[minLength, maxLength].Select(chars => new string(chars));

    /// <summary>A JSON string literal holding <paramref name="text"/>, escaped by hand so that unpaired surrogates get through.</summary>
    public static string Quote(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || char.IsSurrogate(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}
