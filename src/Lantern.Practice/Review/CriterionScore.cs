namespace Lantern.Practice.Review;

/// <summary>The kinds of record a pre-score's evidence points at.</summary>
public enum EvidenceKind
{
    MapEntry,
    PlanGoal,
    Note,
    SafetyPlan,
    MapGap,
    PlanFinding,
}

/// <summary>A record that supports (or weakens) a pre-score; <see cref="Id"/> is null for a gap or a finding that has no id.</summary>
public sealed record EvidenceLink(EvidenceKind Kind, Guid? Id, string? RuleId = null);

/// <summary>One reason for a pre-score, in the model's words, with the records it rests on.</summary>
/// <param name="RuleId">Stable id of the pre-scoring rule (docs/review-rules.md).</param>
/// <param name="Supports">True when the reason counts towards the criterion being evident; false when it counts against.</param>
public sealed record ScoreReason(string RuleId, string Text, bool Supports, IReadOnlyList<EvidenceLink> Evidence);

/// <summary>The pre-score of one criterion and why.</summary>
public sealed record CriterionScore(ReviewCriterion Criterion, ReviewRating Rating, IReadOnlyList<ScoreReason> Reasons);
