namespace Lantern.Practice.Planning;

/// <summary>Whether a goal asks for a behaviour to stop, to start, or to carry on.</summary>
public enum BehaviourChange
{
    Stop,
    Start,
    Sustain,
}

/// <summary>What the plan checker reads of one goal.</summary>
public sealed record GoalFacts
{
    public required Guid Id { get; init; }

    /// <summary>Whose goal it is; null for a goal written for more than one person ("the parents will…").</summary>
    public Guid? PersonId { get; init; }

    public BehaviourChange? Change { get; init; }

    /// <summary>The observable behaviour to stop, start or sustain, in the worker's words.</summary>
    public string Behaviour { get; init; } = "";

    /// <summary>The harm it addresses.</summary>
    public string Purpose { get; init; } = "";

    /// <summary>What will be seen when the goal is met.</summary>
    public string SuccessIndicator { get; init; } = "";

    /// <summary>How progress is measured.</summary>
    public string Measure { get; init; } = "";

    /// <summary>Who verifies progress.</summary>
    public string VerifiedBy { get; init; } = "";

    public DateOnly? ReviewOn { get; init; }

    /// <summary>The map entries the goal answers.</summary>
    public IReadOnlyList<Guid> MapEntryIds { get; init; } = [];

    /// <summary>Services or referrals that are means to the goal (a programme, counselling).</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>A goal already met is not checked for a review date.</summary>
    public bool IsMet { get; init; }
}
