using Lantern.Practice.Review;

namespace Lantern.Core.Reviews;

/// <summary>A record a pre-score rests on, with a label frozen when the review started.</summary>
public sealed record EvidenceView(EvidenceKind Kind, Guid? Id, string? RuleId, string Label);

public sealed record ReasonView(string RuleId, string Text, bool Supports, IReadOnlyList<EvidenceView> Evidence);

public sealed record CriterionView(ReviewCriterion Criterion, ReviewRating PreScore, IReadOnlyList<ReasonView> Reasons, ReviewRating? Rating, string ChangeReason)
{
    public bool Changed => Rating is { } rating && rating != PreScore;
}

public sealed record CaseReviewView(
    Guid Id,
    Guid CaseId,
    string Reference,
    Guid? SampleId,
    string ReviewerName,
    CaseReviewStatus Status,
    string PreScorerVersion,
    string Summary,
    DateTimeOffset StartedAt,
    DateTimeOffset? ConfirmedAt,
    IReadOnlyList<CriterionView> Criteria,
    uint Version,
    bool MayChange);

/// <summary>A review in a list: its case, state and the eight ratings (the reviewer's where given, else the pre-score).</summary>
public sealed record ReviewSummary(Guid Id, Guid CaseId, string Reference, string TeamName, CaseReviewStatus Status, IReadOnlyList<CriterionBrief> Criteria);

public sealed record CriterionBrief(ReviewCriterion Criterion, ReviewRating PreScore, ReviewRating? Rating)
{
    public ReviewRating Shown => Rating ?? PreScore;
}

public sealed record SampleSummary(Guid Id, string TeamName, DateOnly PeriodFrom, DateOnly PeriodTo, int Size, int Eligible, int Drawn, int Confirmed, string DrawnBy, DateTimeOffset DrawnAt, int Seed);

public sealed record SampleView(SampleSummary Sample, IReadOnlyList<ReviewSummary> Reviews);

public sealed record CaseReviewList(Guid CaseId, string Reference, IReadOnlyList<ReviewSummary> Reviews);
