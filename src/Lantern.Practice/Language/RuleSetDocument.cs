using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lantern.Practice.Language;

/// <summary>The JSON shape of a rule-set file in <c>Lantern.Practice/Rules</c> (or one an agency supplies).</summary>
public sealed class RuleSetDocument
{
    [JsonPropertyName("ruleSet")]
    public string RuleSet { get; set; } = "";

    [JsonPropertyName("version")]
    public string Version { get; set; } = "";

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("category")]
    public string? Category { get; set; }

    /// <summary>Word classes, referred to in patterns as <c>@NAME</c>; classes of the same name in several files are merged.</summary>
    [JsonPropertyName("classes")]
    public Dictionary<string, List<string>>? Classes { get; set; }

    /// <summary>Past-tense forms of participles, for rewrites ("beaten" → "beat").</summary>
    [JsonPropertyName("pastForms")]
    public Dictionary<string, string>? PastForms { get; set; }

    /// <summary>Patterns that, found earlier in the sentence, put what follows under negation or rejection ("there is no evidence that").</summary>
    [JsonPropertyName("negationScopes")]
    public List<string>? NegationScopes { get; set; }

    /// <summary>Patterns that, found earlier in the sentence, make what follows someone's reported account ("he denied that").</summary>
    [JsonPropertyName("reportedAccounts")]
    public List<string>? ReportedAccounts { get; set; }

    /// <summary>Locale profiles: the configured name for the abuse and the service.</summary>
    [JsonPropertyName("locales")]
    public List<LocaleProfile>? Locales { get; set; }

    [JsonPropertyName("rules")]
    public List<RuleDocument>? Rules { get; set; }

    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static RuleSetDocument Parse(string json) =>
        JsonSerializer.Deserialize<RuleSetDocument>(json, Options) ?? throw new FormatException("The rule set is empty.");
}

public sealed class RuleDocument
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("category")]
    public string? Category { get; set; }

    [JsonPropertyName("patterns")]
    public List<string> Patterns { get; set; } = [];

    [JsonPropertyName("message")]
    public string Message { get; set; } = "";

    [JsonPropertyName("reason")]
    public string Reason { get; set; } = "";

    [JsonPropertyName("suggestions")]
    public List<string>? Suggestions { get; set; }

    /// <summary>Skip the finding when a negation scope ("no evidence that") comes earlier in the sentence.</summary>
    [JsonPropertyName("negatable")]
    public bool Negatable { get; set; }

    /// <summary>Skip the finding when one of these matches later in the same clause (an agent: "by Mr X").</summary>
    [JsonPropertyName("unlessAfter")]
    public List<string>? UnlessAfter { get; set; }

    /// <summary>Skip the finding when one of these matches earlier in the sentence.</summary>
    [JsonPropertyName("unlessBefore")]
    public List<string>? UnlessBefore { get; set; }

    /// <summary>Skip the finding when one of these ends just where the match starts ("not" before "a one-off").</summary>
    [JsonPropertyName("unlessJustBefore")]
    public List<string>? UnlessJustBefore { get; set; }

    /// <summary>Skip the finding when one of these matches anywhere in the sentence.</summary>
    [JsonPropertyName("unlessSentence")]
    public List<string>? UnlessSentence { get; set; }

    /// <summary>Raise the finding only when one of these also matches somewhere in the sentence.</summary>
    [JsonPropertyName("requires")]
    public List<string>? Requires { get; set; }

    /// <summary>"patient": a suggestion replaces from the person harmed onwards (passives), not only the flagged words.</summary>
    [JsonPropertyName("rewriteFrom")]
    public string? RewriteFrom { get; set; }

    /// <summary>Only in these locales (all when absent).</summary>
    [JsonPropertyName("locales")]
    public List<string>? Locales { get; set; }
}

/// <summary>A locale's words: en-GB "domestic abuse", en-US "domestic violence", en-AU "family violence".</summary>
public sealed class LocaleProfile
{
    [JsonPropertyName("locale")]
    public string Locale { get; set; } = "";

    [JsonPropertyName("term")]
    public string Term { get; set; } = "";

    [JsonPropertyName("service")]
    public string Service { get; set; } = "";
}
