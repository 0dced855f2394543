namespace Lantern.Core.Supervision;

/// <summary>The five components, as flags: which of them a supervision session discussed.</summary>
[Flags]
public enum DiscussedComponents
{
    None = 0,
    CoerciveControl = 1,
    HarmToChild = 2,
    ProtectiveEfforts = 4,
    ChildImpact = 8,
    IntersectingFactors = 16,
}

/// <summary>The practice a supervisor coaches a worker on.</summary>
[Flags]
public enum CoachingAreas
{
    None = 0,
    Documentation = 1,
    InterviewingPerpetrator = 2,
    PlanningWithPerpetrator = 4,
    PartneringWithSurvivor = 8,
    SafetyPlanning = 16,
    ImpactOnChildren = 32,
}

/// <summary>Where an action from supervision has got to when it is followed up.</summary>
public enum SupervisionActionStatus
{
    Open,
    Done,
    NotDone,
}

/// <summary>
/// A supervisor's record of a session on a case with the worker: the components discussed, the gaps found, the coaching
/// given, and the actions to follow up at the next session. Internal to the case's agency: partners never see it.
/// </summary>
public sealed class SupervisionSession : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public Guid SupervisorId { get; set; }

    /// <summary>The worker supervised (usually the allocated worker).</summary>
    public Guid WorkerId { get; set; }
    public DateOnly HeldOn { get; set; }
    public DiscussedComponents Components { get; set; }
    public string GapsFound { get; set; } = "";
    public CoachingAreas Coaching { get; set; }
    public string CoachingNotes { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }

    public List<SupervisionAction> Actions { get; } = [];
}

/// <summary>An action agreed in supervision, followed up (done or not, with a note) at a later session.</summary>
public sealed class SupervisionAction : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public Guid CaseId { get; set; }
    public int Position { get; set; }
    public string Description { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public SupervisionActionStatus Status { get; set; }

    /// <summary>The session at which it was followed up.</summary>
    public Guid? FollowedUpInSessionId { get; set; }
    public string FollowUpNote { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}
