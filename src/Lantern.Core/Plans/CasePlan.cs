namespace Lantern.Core.Plans;

public enum PlanStatus
{
    Draft,
    Active,
    Closed,
}

/// <summary>A case's plan: goals per person that flow from the map, reviewed over time.</summary>
public sealed class CasePlan : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public PlanStatus Status { get; set; }
    public DateOnly? NextReviewOn { get; set; }
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }
}
