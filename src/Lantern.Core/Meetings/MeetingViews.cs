using Lantern.Core.Map;
using Lantern.Core.Sharing;
using Lantern.Practice.Mapping;

namespace Lantern.Core.Meetings;

public sealed record AttendeeView(string Name, string Role, Guid? AgencyId, string? AgencyName, bool Attended);

public sealed record MeetingActionView(
    Guid Id,
    Guid MeetingId,
    Guid CaseId,
    string Description,
    string Owner,
    Guid? OwnerAgencyId,
    string? OwnerAgencyName,
    DateOnly? DueOn,
    MeetingActionStatus Status,
    DateOnly? CompletedOn,
    string CompletionNote,
    uint Version)
{
    public bool IsOverdue(DateOnly today) => Status == MeetingActionStatus.Open && DueOn < today;
}

/// <summary>
/// A meeting as the caller may see it: the minutes of a component the caller's agency may not see are left empty
/// (and <see cref="Categories"/> says which were kept).
/// </summary>
public sealed record MeetingView(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    MeetingKind Kind,
    DateOnly HeldOn,
    string Purpose,
    IReadOnlyList<AttendeeView> Attendees,
    IReadOnlyDictionary<MapComponent, string> Minutes,
    string OtherMinutes,
    string Decisions,
    IReadOnlyList<MeetingActionView> Actions,
    string CreatedByName,
    DateTimeOffset UpdatedAt,
    uint Version,
    InformationCategory Categories)
{
    public bool IsHeld(DateOnly today) => HeldOn <= today;

    public string MinutesOf(MapComponent component) => Minutes.GetValueOrDefault(component, "");
}

/// <summary>A meeting in a case's list.</summary>
public sealed record MeetingSummary(Guid Id, MeetingKind Kind, DateOnly HeldOn, int Attendees, int OpenActions, int OverdueActions);

public sealed record MeetingList(Guid CaseId, string Reference, IReadOnlyList<MeetingSummary> Meetings, IReadOnlyList<MeetingActionView> OpenActions, bool MayChange);

/// <summary>An open action on a case the caller may see, for the actions list.</summary>
public sealed record OpenAction(MeetingActionView Action, string CaseReference, MeetingKind Kind, DateOnly HeldOn, bool MayRecordProgress);

/// <summary>One line of the agenda, drawn from the map, the plan and earlier meetings.</summary>
public sealed record AgendaItem(string Title, string Summary, MapComponent? Component = null);

/// <summary>One of the map's components in a pack: its minutes, its entries and what we don't know yet.</summary>
public sealed record PackComponent(MapComponent Component, string Minutes, IReadOnlyList<MapEntryView> Entries, IReadOnlyList<MapGap> Gaps);

/// <summary>A goal in a pack: whose it is, the behaviour, and when it is reviewed.</summary>
public sealed record PackGoal(string Person, string Behaviour, DateOnly? ReviewOn, bool Overdue);

public sealed record PackPlan(int Goals, int OverdueGoals, int Findings, DateOnly? NextReviewOn, IReadOnlyList<PackGoal> GoalList);

/// <summary>
/// What one agency receives for a meeting: exactly what its sharing lets it see on the case. The case's own agency
/// sees all of it; a partner its categories less anything withheld from it. Safety plans and the survivor's
/// location are never in a pack.
/// </summary>
public sealed record MeetingPack(
    MeetingView Meeting,
    Guid AgencyId,
    string AgencyName,
    bool IsOwnAgency,
    bool IsPreview,
    InformationCategory Categories,
    IReadOnlyList<AgendaItem> Agenda,
    IReadOnlyList<PackComponent> Components,
    IReadOnlyList<MapComponent> NotShared,
    IReadOnlyList<MapGap> CaseGaps,
    IReadOnlyList<MapPerson> People,
    PackPlan? Plan,
    IReadOnlyList<PackAgency> OtherAgencies)
{
    public bool ShowsMeeting => (Categories & InformationCategory.Meetings) != InformationCategory.None;

    public bool ShowsNames => (Categories & InformationCategory.Identity) != InformationCategory.None;

    public string NameOf(Guid? id) => id is { } value && ShowsNames ? People.FirstOrDefault(p => p.Id == value)?.Name ?? "" : "";
}

/// <summary>An agency whose pack the case's own agency may preview.</summary>
public sealed record PackAgency(Guid Id, string Name);
