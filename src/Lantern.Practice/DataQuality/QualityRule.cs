namespace Lantern.Practice.DataQuality;

/// <summary>The three families of broken rules a data steward works through.</summary>
public enum QualityRuleKind
{
    MissingField,
    ImpossibleDate,
    LikelyDuplicate,
}

/// <summary>
/// A rule a record should keep: its id (stable, used in links, downloads and the audit trail), its name in plain words,
/// why it matters to the family and the agency, and how to put it right.
/// </summary>
public sealed record QualityRule(string Id, QualityRuleKind Kind, string Name, string Why, string Fix);
