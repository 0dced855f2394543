namespace Lantern.Core.Meetings;

/// <summary>The kinds of multi-agency meeting a case is discussed at.</summary>
public enum MeetingKind
{
    CaseConference,
    RiskConference,
    StrategyMeeting,
    FamilyMeeting,
}

/// <summary>Where an action from a meeting has got to.</summary>
public enum MeetingActionStatus
{
    Open,
    Done,
    Dropped,
}

/// <summary>
/// A multi-agency meeting on a case: who came from which agency, the minutes by the map's five components (his
/// pattern first), the decisions, and the actions followed to completion. Its agenda is drawn from the map and the
/// plan when it is read; each attendee agency gets a pack filtered to what its agreement lets it see.
/// </summary>
public sealed class Meeting : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public MeetingKind Kind { get; set; }
    public DateOnly HeldOn { get; set; }
    public string Purpose { get; set; } = "";
    public string CoerciveControlMinutes { get; set; } = "";
    public string HarmToChildMinutes { get; set; } = "";
    public string ProtectiveEffortsMinutes { get; set; } = "";
    public string ChildImpactMinutes { get; set; } = "";
    public string IntersectingFactorsMinutes { get; set; } = "";
    public string OtherMinutes { get; set; } = "";
    public string Decisions { get; set; } = "";
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }

    /// <summary>Replaced wholesale on each save of the meeting.</summary>
    public List<MeetingAttendee> Attendees { get; } = [];

    public List<MeetingAction> Actions { get; } = [];
}

/// <summary>Someone invited to a meeting, the agency they came from, and whether they came.</summary>
public sealed class MeetingAttendee
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";

    /// <summary>The attendee's agency when it is on Lantern; its pack is filtered to that agency's sharing.</summary>
    public Guid? AgencyId { get; set; }
    public bool Attended { get; set; } = true;
}

/// <summary>
/// An action agreed at a meeting, with its owner, due date and status. It has its own version, so that marking it
/// done from the actions list and changing the meeting's minutes cannot overwrite each other unseen.
/// </summary>
public sealed class MeetingAction : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }
    public Guid CaseId { get; set; }
    public int Position { get; set; }
    public string Description { get; set; } = "";
    public string Owner { get; set; } = "";

    /// <summary>The owner's agency when it is on Lantern: its partners may mark the action done.</summary>
    public Guid? OwnerAgencyId { get; set; }
    public DateOnly? DueOn { get; set; }
    public MeetingActionStatus Status { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string CompletionNote { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }
}
