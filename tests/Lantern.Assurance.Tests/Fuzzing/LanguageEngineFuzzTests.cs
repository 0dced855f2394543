using CsCheck;
using Lantern.Practice.Language;
using Xunit;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>The pivot assistant (what POST /api/v1/language/check and `lantern check` call) on generated text: it never throws, and every finding points inside the text.</summary>
public sealed class LanguageEngineFuzzTests
{
    private static readonly Gen<LanguageContext> Contexts = Gen.Select(
        Gen.OneOf("en-GB", "en-US", "en-AU"),
        Gen.Frequency<string?>((2, Gen.Const((string?)null)), (1, HostileText.Any.Select(t => (string?)t[..Math.Min(t.Length, 80)]))),
        Gen.Frequency<string?>((2, Gen.Const((string?)null)), (1, HostileText.Any.Select(t => (string?)t[..Math.Min(t.Length, 80)]))),
        (locale, perpetrator, survivor) => new LanguageContext(perpetrator, survivor, null, locale));

    [Fact]
    public void Check_GeneratedText_NeverThrowsAndFindsOnlyInsideTheText()
    {
        var checker = LanguageChecker.Default;
        var findings = 0;
        Gen.Select(HostileText.Any, Contexts).Sample((text, context) =>
        {
            foreach (var finding in checker.Check(text, context))
            {
                Interlocked.Increment(ref findings);
                Assert.InRange(finding.Start, 0, text.Length);
                Assert.InRange(finding.Start + finding.Length, finding.Start, text.Length);
                Assert.InRange(finding.ReplaceStart, 0, text.Length);
                Assert.InRange(finding.ReplaceStart + finding.ReplaceLength, finding.ReplaceStart, text.Length);
                Assert.True(finding.Line >= 1 && finding.Column >= 1, $"Line {finding.Line}, column {finding.Column}");
            }
        }, iter: 4_000, writeLine: TestContext.Current.TestOutputHelper is { } o ? o.WriteLine : null);

        TestContext.Current.TestOutputHelper?.WriteLine($"{findings:N0} findings on 4,000 generated texts");
        Assert.True(findings > 0, "No generated text drew a finding: the generator is not reaching the rules.");
    }

    [Fact]
    public void AgencyTerm_GeneratedPhrase_BuildsOrIsRefusedCleanly()
    {
        Gen.Select(HostileText.Any, Gen.OneOf<string>([.. LanguageCategories.All, "", "nonsense"]), HostileText.Sentences).Sample((phrase, category, text) =>
        {
            LanguageChecker checker;
            try
            {
                checker = LanguageChecker.CreateBuilder().AddTerm(new AgencyTerm(phrase[..Math.Min(phrase.Length, 200)], category, "Say what happened.", "Why it matters.")).Build();
            }
            catch (ArgumentException)
            {
                // The documented refusal: an unknown category or a phrase without a word.
                return;
            }

            _ = checker.Check(text);
        }, iter: 100);
    }
}
