using Lantern.Practice.Review;
using Xunit;

namespace Lantern.Practice.Tests.Review;

/// <summary>Reads pre-scores in tests: a criterion's score, one rule's reason, the ids a reason links to.</summary>
internal static class Scored
{
    public static CriterionScore Criterion(this IReadOnlyList<CriterionScore> scores, ReviewCriterion criterion) =>
        Assert.Single(scores, s => s.Criterion == criterion);

    public static ReviewRating Rating(this IReadOnlyList<CriterionScore> scores, ReviewCriterion criterion) => scores.Criterion(criterion).Rating;

    /// <summary>The one reason the rule gave (fails when it gave none or several).</summary>
    public static ScoreReason Reason(this IReadOnlyList<CriterionScore> scores, string ruleId) =>
        Assert.Single(scores.SelectMany(s => s.Reasons), r => r.RuleId == ruleId);

    public static bool Has(this IReadOnlyList<CriterionScore> scores, string ruleId) =>
        scores.Any(s => s.Reasons.Any(r => r.RuleId == ruleId));

    /// <summary>The rule supports its criterion (and gives exactly one reason).</summary>
    public static ScoreReason Supports(this IReadOnlyList<CriterionScore> scores, string ruleId)
    {
        var reason = scores.Reason(ruleId);
        Assert.True(reason.Supports, $"{ruleId} was expected to support but counts against: {reason.Text}");
        return reason;
    }

    /// <summary>The rule counts against its criterion (and gives exactly one reason).</summary>
    public static ScoreReason CountsAgainst(this IReadOnlyList<CriterionScore> scores, string ruleId)
    {
        var reason = scores.Reason(ruleId);
        Assert.False(reason.Supports, $"{ruleId} was expected to count against but supports: {reason.Text}");
        return reason;
    }

    /// <summary>The ids of the evidence of one kind, in order.</summary>
    public static Guid?[] Ids(this ScoreReason reason, EvidenceKind kind) => [.. reason.Evidence.Where(e => e.Kind == kind).Select(e => e.Id)];

    /// <summary>The rule ids of the gaps or plan findings a reason links to, in order.</summary>
    public static string[] RuleIds(this ScoreReason reason, EvidenceKind kind) => [.. reason.Evidence.Where(e => e.Kind == kind).Select(e => e.RuleId ?? "(none)")];

    /// <summary>Everything a score says, as text: two scores of the same facts must describe the same.</summary>
    public static string Describe(this IReadOnlyList<CriterionScore> scores) => string.Join("\n", scores.Select(s =>
        $"{s.Criterion} {s.Rating}: " + string.Join(" | ", s.Reasons.Select(r =>
            $"{r.RuleId} {r.Supports} {r.Text} [{string.Join(",", r.Evidence.Select(e => $"{e.Kind}:{e.Id}:{e.RuleId}"))}]"))));
}
