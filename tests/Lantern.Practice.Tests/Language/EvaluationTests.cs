using Lantern.Practice.Language;
using Lantern.Practice.Language.Evaluation;
using Xunit;

namespace Lantern.Practice.Tests.Language;

public sealed class EvaluationTests
{
    private static LanguageFinding Finding(string category) => new(0, 1, 1, 1, category, "R", "S", "1", "x", "m", "r", [], 0, 1);

    [Fact]
    public void Score_CountsPerSentenceAndCategoryPairs()
    {
        var a = new LabelledSentence("a", [LanguageCategories.Mutualizing]);
        var b = new LabelledSentence("b", []);
        var c = new LabelledSentence("c", [LanguageCategories.Minimizing, LanguageCategories.Mutualizing]);

        var report = EvaluationScorer.Score(
        [
            (a, [Finding(LanguageCategories.Mutualizing), Finding(LanguageCategories.Mutualizing)]),
            (b, [Finding(LanguageCategories.Minimizing)]),
            (c, [Finding(LanguageCategories.Minimizing)]),
        ]);

        var mutualizing = report.Categories.Single(s => s.Category == LanguageCategories.Mutualizing);
        var minimizing = report.Categories.Single(s => s.Category == LanguageCategories.Minimizing);
        Assert.Equal((1, 0, 1), (mutualizing.TruePositives, mutualizing.FalsePositives, mutualizing.FalseNegatives));
        Assert.Equal((1, 1, 0), (minimizing.TruePositives, minimizing.FalsePositives, minimizing.FalseNegatives));
        Assert.Equal((2, 1, 1), (report.Overall.TruePositives, report.Overall.FalsePositives, report.Overall.FalseNegatives));
        Assert.Equal(2.0 / 3, report.Overall.Precision, 6);
        Assert.Equal(2.0 / 3, report.Overall.Recall, 6);
        Assert.Equal(0.0, report.CleanUnflaggedShare);
        Assert.Equal(2, report.Misses.Count);
    }

    [Fact]
    public void ParseJsonLines_UnknownCategory_IsRefusedWithTheLine()
    {
        var e = Assert.Throws<FormatException>(() => LabelledSentence.ParseJsonLines("{\"text\":\"a\",\"labels\":[]}\n{\"text\":\"b\",\"labels\":[\"blame\"]}"));

        Assert.StartsWith("Line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DevelopmentSet_MeetsTheTargets() => AssertTargets("../shared/data/language-dev.jsonl");

    /// <summary>Our own sentences: holdout.jsonl and the six batches written later without looking at the engine's output first.</summary>
    [Fact]
    public void OwnHoldoutSets_MeetTheTargets() => AssertTargets(
        "tests/Lantern.Practice.Tests/Language/holdout.jsonl",
        "tests/Lantern.Practice.Tests/Language/holdout-blind.jsonl",
        "tests/Lantern.Practice.Tests/Language/holdout-blind2.jsonl",
        "tests/Lantern.Practice.Tests/Language/holdout-blind3.jsonl",
        "tests/Lantern.Practice.Tests/Language/holdout-blind4.jsonl",
        "tests/Lantern.Practice.Tests/Language/holdout-blind5.jsonl",
        "tests/Lantern.Practice.Tests/Language/holdout-blind6.jsonl");

    [Fact]
    public void OwnHoldoutSet_HasAtLeast150VariedSentences()
    {
        var sentences = LabelledSentence.ParseJsonLines(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "tests/Lantern.Practice.Tests/Language/holdout.jsonl")));

        Assert.True(sentences.Count >= 150);
        Assert.True(sentences.Count(s => s.Labels.Count == 0) >= 50);
        Assert.All(LanguageCategories.All, c => Assert.True(sentences.Count(s => s.Labels.Contains(c)) >= 10, c));
    }

    private static void AssertTargets(params string[] relativePaths)
    {
        var sentences = relativePaths.SelectMany(p => LabelledSentence.ParseJsonLines(File.ReadAllText(Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), p))))).ToList();
        var report = EvaluationScorer.Score(LanguageChecker.Default, sentences);
        var table = EvaluationTable.Format(report);

        Assert.True(report.Overall.Precision >= 0.90, table);
        Assert.True(report.Overall.Recall >= 0.85, table);
        Assert.All(report.Categories, c => Assert.True(c.Precision >= 0.80 && c.Recall >= 0.80, table));
        Assert.True(report.CleanUnflaggedShare >= 0.95, table);
    }
}
