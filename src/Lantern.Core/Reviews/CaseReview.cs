using Lantern.Practice.Review;

namespace Lantern.Core.Reviews;

public enum CaseReviewStatus
{
    InProgress,
    Confirmed,
}

/// <summary>A random sample of an agency's cases (optionally one team's) opened or active in a period, drawn for review.</summary>
public sealed class ReviewSample
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public Guid? TeamId { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }

    /// <summary>How many cases were asked for; fewer are drawn when fewer are eligible.</summary>
    public int Size { get; set; }

    /// <summary>The random seed, so that a sample can be shown to have been drawn fairly.</summary>
    public int Seed { get; set; }

    /// <summary>How many cases were eligible when it was drawn.</summary>
    public int Eligible { get; set; }
    public Guid DrawnById { get; set; }
    public DateTimeOffset DrawnAt { get; set; }
}

/// <summary>
/// A quality review of one case against the eight criteria: each criterion pre-scored from the record when the review
/// starts (with the reasons and evidence), then confirmed or changed by the reviewer, a change always with a reason.
/// </summary>
public sealed class CaseReview : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public Guid AgencyId { get; set; }
    public Guid? SampleId { get; set; }
    public Guid ReviewerId { get; set; }
    public CaseReviewStatus Status { get; set; }

    /// <summary>The pre-scorer's rule version (the pre-scorer's <c>Version</c>), so that a later change of rules is visible.</summary>
    public string PreScorerVersion { get; set; } = "";
    public string Summary { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>The month the review counts towards on dashboards (its confirmation's), kept for indexed trends.</summary>
    public DateOnly? ConfirmedOn { get; set; }
    public uint Version { get; set; }

    public List<CriterionRating> Ratings { get; } = [];
}

/// <summary>One criterion of a review: the pre-score with its reasons, and the reviewer's rating.</summary>
public sealed class CriterionRating
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReviewId { get; set; }
    public ReviewCriterion Criterion { get; set; }
    public ReviewRating PreScore { get; set; }

    /// <summary>The pre-score's reasons and evidence as JSON (<see cref="ScoreReason"/>s), as they were when the review started.</summary>
    public string PreScoreReasons { get; set; } = "[]";

    /// <summary>The reviewer's rating; null until the reviewer has confirmed or changed the pre-score.</summary>
    public ReviewRating? Rating { get; set; }

    /// <summary>Required when the rating differs from the pre-score.</summary>
    public string ChangeReason { get; set; } = "";
}
