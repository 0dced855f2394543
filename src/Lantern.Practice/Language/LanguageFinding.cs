namespace Lantern.Practice.Language;

/// <summary>The five kinds of language the pivot assistant looks for, by their exact wire names.</summary>
public static class LanguageCategories
{
    public const string VictimBlaming = "victim_blaming";
    public const string Mutualizing = "mutualizing";
    public const string PerpetratorInvisible = "perpetrator_invisible";
    public const string Minimizing = "minimizing";
    public const string DoubleStandard = "double_standard";

    public static IReadOnlyList<string> All { get; } = [VictimBlaming, Mutualizing, PerpetratorInvisible, Minimizing, DoubleStandard];

    public static bool IsKnown(string category) => All.Contains(category, StringComparer.Ordinal);
}

/// <summary>
/// One phrase the worker may want to pivot. Offsets are in UTF-16 code units of the checked text;
/// line and column are 1-based. <see cref="ReplaceStart"/>/<see cref="ReplaceLength"/> is the text a
/// suggestion replaces: usually the flagged phrase, but for a passive it also takes in who was harmed
/// ("Ms Calder was pushed" → "Mr Calder pushed Ms Calder").
/// </summary>
public sealed record LanguageFinding(
    int Start,
    int Length,
    int Line,
    int Column,
    string Category,
    string RuleId,
    string RuleSetId,
    string RuleSetVersion,
    string Text,
    string Message,
    string Reason,
    IReadOnlyList<string> Suggestions,
    int ReplaceStart,
    int ReplaceLength);
