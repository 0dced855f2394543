using Lantern.Practice.Language;
using Xunit;

namespace Lantern.Practice.Tests.Language;

/// <summary>Every shipped rule has golden sentences it must flag and sentences it must leave alone (golden-rules.txt).</summary>
public sealed class GoldenRuleTests
{
    public sealed record GoldenLine(bool Expected, string RuleId, string Sentence, int Line)
    {
        public override string ToString() => $"{(Expected ? "+" : "-")} {RuleId} | {Sentence}";
    }

    public static TheoryData<GoldenLine> Lines()
    {
        var data = new TheoryData<GoldenLine>();
        foreach (var line in Load())
        {
            data.Add(line);
        }

        return data;
    }

    internal static List<GoldenLine> Load()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "Lantern.Practice.Tests", "Language", "golden-rules.txt");
        var lines = new List<GoldenLine>();
        var n = 0;
        foreach (var raw in File.ReadAllLines(path))
        {
            n++;
            var text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var bar = text.IndexOf('|', StringComparison.Ordinal);
            var head = text[..bar].Trim();
            lines.Add(new GoldenLine(head[0] == '+', head[1..].Trim(), text[(bar + 1)..].Trim(), n));
        }

        return lines;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Check_GoldenSentence_RaisesOrLeavesTheRule(GoldenLine line)
    {
        var findings = LanguageChecker.Default.Check(line.Sentence);

        var raised = findings.Any(f => f.RuleId == line.RuleId);
        Assert.True(raised == line.Expected,
            $"line {line.Line}: expected {line.RuleId} {(line.Expected ? "to be raised" : "not to be raised")} in \"{line.Sentence}\"; found: {string.Join(", ", findings.Select(f => $"{f.RuleId} '{f.Text}'"))}");
    }

    [Fact]
    public void GoldenFile_EveryShippedRule_HasPositiveAndNegativeSentences()
    {
        var lines = Load();

        var missingPositive = LanguageChecker.Default.RuleIds.Where(id => !lines.Any(l => l.Expected && l.RuleId == id)).ToList();
        var missingNegative = LanguageChecker.Default.RuleIds.Where(id => !lines.Any(l => !l.Expected && l.RuleId == id)).ToList();
        var unknown = lines.Select(l => l.RuleId).Distinct().Except(LanguageChecker.Default.RuleIds).ToList();

        Assert.Empty(missingPositive);
        Assert.Empty(missingNegative);
        Assert.Empty(unknown);
    }
}
