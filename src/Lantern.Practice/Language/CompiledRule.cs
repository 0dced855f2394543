namespace Lantern.Practice.Language;

internal sealed class CompiledRule
{
    public required string Id { get; init; }

    public required string Category { get; init; }

    public required string RuleSetId { get; init; }

    public required string RuleSetVersion { get; init; }

    public required string Message { get; init; }

    public required string Reason { get; init; }

    public required string[] Suggestions { get; init; }

    public required Pattern[] Patterns { get; init; }

    public required Pattern[] UnlessAfter { get; init; }

    public required Pattern[] UnlessBefore { get; init; }

    public required Pattern[] UnlessJustBefore { get; init; }

    public required Pattern[] UnlessSentence { get; init; }

    public required Pattern[] Requires { get; init; }

    public required bool Negatable { get; init; }

    public required string[]? Locales { get; init; }

    public required bool RewriteFromPatient { get; init; }

    public int Index { get; set; }

    /// <summary>True when one of its patterns has no anchor word and so is tried in every sentence.</summary>
    public bool AlwaysActive { get; set; }
}
