using Lantern.Practice.Planning;

namespace Lantern.Core.Plans;

public enum GoalStatus
{
    NotStarted,
    InProgress,
    Met,
    NotMet,
}

/// <summary>
/// One person's goal: the observable behaviour to stop, start or sustain, the harm it addresses, what will be seen
/// when it is met, how and by whom that is checked, when it is reviewed, and the map entries it answers.
/// </summary>
public sealed class PlanGoal : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public CasePlan? Plan { get; set; }

    /// <summary>Whose goal it is; null for a goal written for more than one person (the checker points it out).</summary>
    public Guid? PersonId { get; set; }
    public BehaviourChange? Change { get; set; }
    public string Behaviour { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string SuccessIndicator { get; set; } = "";
    public string Measure { get; set; } = "";
    public string VerifiedBy { get; set; } = "";
    public DateOnly? ReviewOn { get; set; }
    public GoalStatus Status { get; set; }
    public List<Guid> MapEntryIds { get; set; } = [];

    /// <summary>Services and referrals that are means to the goal, one per line.</summary>
    public string Services { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }
}
