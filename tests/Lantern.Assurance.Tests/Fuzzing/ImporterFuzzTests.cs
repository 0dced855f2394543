using System.Text.Json;
using CsCheck;
using Lantern.Practice.Language;
using Lantern.Practice.Language.Evaluation;
using Lantern.Web.Pages;
using Xunit;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>
/// What reads files and typed-in text from outside: an agency rule set (<c>lantern check --rules</c>), a labelled set
/// (<c>lantern eval</c>) and the day, month and year boxes of a date. Each either reads the input or refuses it with the
/// exceptions `lantern` reports as a message (exit code 2); anything else would reach the user as a stack trace.
/// </summary>
public sealed class ImporterFuzzTests
{
    private static readonly string[] PatternTokens =
    [
        "he", "she", "hit", "her", "domestic", "dispute", "@F", "@M", "@CHILD", "@PERSON", "@CAP", "@NUM", "@VIOLENCE", "@NOSUCHCLASS",
        "[", "]", "*3", "~2", "*0", "*99999999999", "~-1", "?the", "!not", "?!", "??", "!!", "a|b|@F", "|", "||", "@", "?", "!", "*", "~",
        "[[", "]]", "@@", "*3x", "ü", "😀",
    ];

    private static Gen<string> Json(Gen<string> json) =>
        Gen.Frequency<string>((12, json), (1, Gen.Const("null")), (1, HostileValues.JsonFragment));

    private static Gen<string> JsonText(Gen<string> text) => Json(text.Select(HostileValues.Quote));

    private static Gen<string> JsonArray(Gen<string> item, int max) => Json(item.Array[0, max].Select(items => "[" + string.Join(',', items) + "]"));

    private static readonly Gen<string> Pattern = Gen.Frequency<string>(
        (6, Gen.OneOf(PatternTokens).Array[0, 8].Select(tokens => string.Join(' ', tokens))),
        (1, HostileText.Any.Select(t => t[..Math.Min(t.Length, 100)])));

    private static readonly Gen<string> Rule = Gen.Select(
        JsonText(Gen.Frequency<string>((5, Gen.OneOf("r1", "r2", "r3", "victim-blaming-1")), (1, HostileValues.Text))),
        JsonText(Gen.OneOf<string>([.. LanguageCategories.All, "", "nonsense"])),
        JsonArray(JsonText(Pattern), 4),
        JsonArray(JsonText(Pattern), 2),
        JsonArray(JsonText(HostileText.Sentences), 2),
        Json(Gen.OneOf("true", "false", "\"yes\"")),
        (id, category, patterns, unlessAfter, suggestions, negatable) =>
            $$"""{"id":{{id}},"category":{{category}},"patterns":{{patterns}},"unlessAfter":{{unlessAfter}},"message":"m","reason":"r","suggestions":{{suggestions}},"negatable":{{negatable}}}""");

    private static readonly Gen<string> RuleSet = Gen.Select(
        JsonText(Gen.OneOf("agency", "", "a b")),
        JsonText(Gen.OneOf("1", "2026.11.1", "")),
        Json(Gen.Select(JsonText(Gen.OneOf("VIOLENCE", "F", "NEW", "")), JsonArray(JsonText(Gen.OneOf("slap", "push", "", " ", "a b")), 3),
            (name, words) => "{" + name + ":" + words + "}")),
        JsonArray(JsonText(Pattern), 2),
        JsonArray(Json(Rule), 4),
        (ruleSet, version, classes, negations, rules) =>
            $$"""{"ruleSet":{{ruleSet}},"version":{{version}},"classes":{{classes}},"negationScopes":{{negations}},"rules":{{rules}}}""");

    [Fact]
    public void RuleSetJson_Generated_IsReadOrRefusedAsLanternCheckReportsIt()
    {
        var built = 0;
        Gen.Select(Gen.Frequency<string>((8, RuleSet), (1, HostileValues.JsonFragment), (1, HostileText.Any)), HostileText.Sentences).Sample((json, text) =>
        {
            LanguageCheckerBuilder builder;
            try
            {
                builder = new LanguageCheckerBuilder().AddRuleSetJson(json);
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                return;
            }

            LanguageChecker checker;
            try
            {
                checker = builder.Build();
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
            {
                return;
            }

            Interlocked.Increment(ref built);
            _ = checker.Check(text);
        }, iter: 3_000);

        TestContext.Current.TestOutputHelper?.WriteLine($"{built:N0} of 3,000 generated rule sets built and checked text");
        Assert.True(built > 0, "No generated rule set was readable: the generator is not reaching the checker.");
    }

    private static readonly Gen<string> LabelledLine = Gen.Frequency<string>(
        (6, Gen.Select(JsonText(HostileText.Any), JsonArray(JsonText(Gen.OneOf<string>([.. LanguageCategories.All, "nonsense", ""])), 3),
            (text, labels) => $$"""{"text":{{text}},"labels":{{labels}}}""")),
        (1, HostileValues.JsonFragment),
        (1, HostileText.Any));

    [Fact]
    public void LabelledSet_Generated_IsReadOrRefusedWithAFormatError()
    {
        LabelledLine.Array[0, 20].Select(lines => string.Join('\n', lines)).Sample(jsonLines =>
        {
            try
            {
                foreach (var sentence in LabelledSentence.ParseJsonLines(jsonLines))
                {
                    Assert.NotNull(sentence.Text);
                    Assert.All(sentence.Labels, label => Assert.Contains(label, LanguageCategories.All));
                }
            }
            catch (FormatException)
            {
                // `lantern eval` reports it as "'file' is not a labelled set: …".
            }
        }, iter: 3_000);
    }

    private static readonly Gen<string?> DateBox = Gen.Frequency<string?>(
        (4, Gen.Int[-5, 40].Select(n => (string?)n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.Int[1890, 10_050].Select(n => (string?)n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.OneOf<string?>("March", "mar", "Sept", "décembre", "  7 ", "02", "0x1F", "١٢", "２０２４", "+3", "3.0", "", " ", null)),
        (2, HostileValues.Text.Select(t => (string?)t)));

    [Fact]
    public void DateParts_GeneratedBoxes_GiveADateOrAnErrorNeverAnException()
    {
        Gen.Select(DateBox, DateBox, DateBox).Sample((day, month, year) =>
        {
            var parts = new DateParts { Day = day, Month = month, Year = year };
            var error = parts.TryRead("The date", out var date);
            if (error is not null)
            {
                Assert.Null(date);
                Assert.StartsWith("The date ", error, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(parts.IsEmpty, date is null);
                Assert.True(date is null || date.Value.Year >= 1900, $"{date} read from {day}/{month}/{year}");
            }
        }, iter: 20_000);
    }
}
