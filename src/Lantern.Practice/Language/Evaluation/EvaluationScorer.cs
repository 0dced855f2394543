namespace Lantern.Practice.Language.Evaluation;

/// <summary>Counts for one category, or the micro-average over all of them.</summary>
public sealed record CategoryScore(string Category, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>How many sentences carry this label.</summary>
    public int Support => TruePositives + FalseNegatives;
}

/// <summary>One sentence the engine got wrong: which categories it missed and which it raised wrongly.</summary>
public sealed record EvaluationMiss(LabelledSentence Sentence, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious, IReadOnlyList<LanguageFinding> Findings);

public sealed record EvaluationReport(
    IReadOnlyList<CategoryScore> Categories,
    CategoryScore Overall,
    int Sentences,
    int CleanSentences,
    int CleanSentencesUnflagged,
    IReadOnlyList<EvaluationMiss> Misses)
{
    /// <summary>Share of clean sentences (no labels) with no finding at all; 1 when there are none.</summary>
    public double CleanUnflaggedShare => CleanSentences == 0 ? 1.0 : (double)CleanSentencesUnflagged / CleanSentences;
}

/// <summary>
/// The scoring in <c>shared/data/README.md</c>: for each sentence the set of categories found anywhere in
/// it is compared with its labels; true/false positives and negatives are counted per (sentence,
/// category) pair; precision, recall and F1 per category and micro-averaged; and the share of clean
/// sentences with no finding at all.
/// </summary>
public static class EvaluationScorer
{
    public static EvaluationReport Score(LanguageChecker checker, IEnumerable<LabelledSentence> sentences, LanguageContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(sentences);
        return Score(sentences.Select(s => (s, checker.Check(s.Text, context))));
    }

    public static EvaluationReport Score(IEnumerable<(LabelledSentence Sentence, IReadOnlyList<LanguageFinding> Findings)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var categories = LanguageCategories.All;
        var tp = new int[categories.Count];
        var fp = new int[categories.Count];
        var fn = new int[categories.Count];
        var total = 0;
        var clean = 0;
        var cleanUnflagged = 0;
        var misses = new List<EvaluationMiss>();
        foreach (var (sentence, findings) in results)
        {
            total++;
            var found = findings.Select(f => f.Category).ToHashSet(StringComparer.Ordinal);
            var expected = sentence.Labels.ToHashSet(StringComparer.Ordinal);
            if (expected.Count == 0)
            {
                clean++;
                if (found.Count == 0)
                {
                    cleanUnflagged++;
                }
            }

            var missed = new List<string>();
            var spurious = new List<string>();
            for (var i = 0; i < categories.Count; i++)
            {
                var c = categories[i];
                var isFound = found.Contains(c);
                var isExpected = expected.Contains(c);
                if (isFound && isExpected)
                {
                    tp[i]++;
                }
                else if (isFound)
                {
                    fp[i]++;
                    spurious.Add(c);
                }
                else if (isExpected)
                {
                    fn[i]++;
                    missed.Add(c);
                }
            }

            if (missed.Count > 0 || spurious.Count > 0)
            {
                misses.Add(new EvaluationMiss(sentence, missed, spurious, findings));
            }
        }

        var scores = categories.Select((c, i) => new CategoryScore(c, tp[i], fp[i], fn[i])).ToList();
        var overall = new CategoryScore("overall", tp.Sum(), fp.Sum(), fn.Sum());
        return new EvaluationReport(scores, overall, total, clean, cleanUnflagged, misses);
    }
}
