namespace Lantern.Core.Plans;

/// <summary>How likely a risk is, or how serious it would be, in words.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}

/// <summary>
/// A risk management plan, as a school's designated child-protection lead writes one: the concern, the risks, what
/// is being done about them (by whom and by when), and when the plan is next reviewed. A review is an edit that
/// moves the review date on.
/// </summary>
public sealed class RiskManagementPlan : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public string Concern { get; set; } = "";
    public DateOnly? ReviewOn { get; set; }
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }

    /// <summary>Replaced wholesale on each save (see <see cref="RiskPlanService"/>).</summary>
    public List<RiskItem> Risks { get; } = [];

    /// <summary>Replaced wholesale on each save (see <see cref="RiskPlanService"/>).</summary>
    public List<RiskAction> Actions { get; } = [];
}

/// <summary>One risk on a plan, with how likely and how serious it is.</summary>
public sealed class RiskItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }

    /// <summary>The order on the form (rows are written in the order they were typed).</summary>
    public int Position { get; set; }
    public string Description { get; set; } = "";
    public RiskLevel? Likelihood { get; set; }
    public RiskLevel? Seriousness { get; set; }
}

/// <summary>One action on a plan: what is to be done, who owns it (a person or a role), when it is due and when it was done.</summary>
public sealed class RiskAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public int Position { get; set; }
    public string Description { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
}
