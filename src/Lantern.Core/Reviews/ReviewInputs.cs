using System.ComponentModel.DataAnnotations;
using Lantern.Practice.Review;

namespace Lantern.Core.Reviews;

/// <summary>What a reviewer asks for when drawing a sample.</summary>
public sealed class SampleInput
{
    public Guid? TeamId { get; set; }

    [Required(ErrorMessage = "Enter the first day of the period.")]
    public DateOnly? PeriodFrom { get; set; }

    [Required(ErrorMessage = "Enter the last day of the period.")]
    public DateOnly? PeriodTo { get; set; }

    [Required(ErrorMessage = "Enter how many cases to sample.")]
    [Range(1, ReviewLimits.MaxSampleSize, ErrorMessage = "Sample between 1 and 100 cases.")]
    public int? Size { get; set; }

    /// <summary>Leave empty for a fresh random draw; give one to repeat a draw exactly.</summary>
    public int? Seed { get; set; }
}

/// <summary>The reviewer's rating of one criterion.</summary>
public sealed class CriterionInput
{
    public ReviewCriterion Criterion { get; set; }
    public ReviewRating? Rating { get; set; }

    [StringLength(ReviewLimits.MaxReasonLength, ErrorMessage = "Keep the reason under 1,000 characters.")]
    public string? ChangeReason { get; set; }
}

public sealed class ReviewInput
{
    [Required(ErrorMessage = "The record version is missing: reload the page and try again.")]
    public uint? Version { get; set; }

    public List<CriterionInput> Criteria { get; set; } = [];

    [StringLength(ReviewLimits.MaxTextLength, ErrorMessage = "Keep the summary under 4,000 characters.")]
    public string? Summary { get; set; }

    /// <summary>Confirming needs all eight rated; saving keeps a partial review to finish later.</summary>
    public bool Confirm { get; set; }
}
