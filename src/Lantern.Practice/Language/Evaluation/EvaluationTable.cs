using System.Globalization;
using System.Text;

namespace Lantern.Practice.Language.Evaluation;

/// <summary>The plain-text scores table that <c>lantern eval</c> prints.</summary>
public static class EvaluationTable
{
    public static string Format(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"{"category",-22} {"precision",9} {"recall",9} {"f1",9} {"tp",5} {"fp",5} {"fn",5} {"support",8}");
        foreach (var s in report.Categories.Append(report.Overall))
        {
            b.AppendLine(c, $"{s.Category,-22} {s.Precision,9:0.000} {s.Recall,9:0.000} {s.F1,9:0.000} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5} {s.Support,8}");
        }

        b.AppendLine(c, $"clean sentences unflagged: {report.CleanSentencesUnflagged}/{report.CleanSentences} ({report.CleanUnflaggedShare:0.000}); sentences: {report.Sentences}");
        return b.ToString();
    }
}
