using Lantern.Practice.DataQuality;

namespace Lantern.Core.DataQuality;

/// <summary>One rule with the number of records that break it, among the records the reader may see.</summary>
public sealed record RuleCount(QualityRule Rule, int Records);

/// <summary>
/// The data quality report as a steward works through it: whose records (the whole agency, or a supervisor's team),
/// a count per rule, and one page of the records that break the rule asked for (or any rule).
/// </summary>
public sealed record DataQualityReport(
    string ScopeName,
    Guid? TeamId,
    IReadOnlyList<RuleCount> Counts,
    QualityRule? Rule,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<QualityFinding> Findings)
{
    /// <summary>Records breaking any rule (a record breaking two rules counts twice).</summary>
    public int AllFindings => Counts.Sum(c => c.Records);
}
