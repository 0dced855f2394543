namespace Lantern.Core.Plans;

/// <summary>A review of the plan: progress on each goal at a date, and when the next review is due.</summary>
public sealed class PlanReview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public CasePlan? Plan { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public string Summary { get; set; } = "";
    public DateOnly? NextReviewOn { get; set; }
    public Guid ReviewedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<GoalProgress> Progress { get; } = [];
}

/// <summary>One goal's progress at a review.</summary>
public sealed class GoalProgress
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReviewId { get; set; }
    public Guid GoalId { get; set; }
    public GoalStatus Status { get; set; }
    public string Note { get; set; } = "";
}
