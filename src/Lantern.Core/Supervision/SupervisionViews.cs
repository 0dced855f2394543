using Lantern.Practice.Mapping;

namespace Lantern.Core.Supervision;

/// <summary>
/// An action agreed in supervision, with the session that agreed it and, once followed up, the session that did so.
/// </summary>
public sealed record SupervisionActionView(
    Guid Id,
    Guid SessionId,
    Guid CaseId,
    DateOnly AgreedOn,
    string Description,
    DateOnly? DueOn,
    SupervisionActionStatus Status,
    Guid? FollowedUpInSessionId,
    DateOnly? FollowedUpOn,
    string FollowUpNote,
    uint Version)
{
    public bool IsOverdue(DateOnly today) => Status == SupervisionActionStatus.Open && DueOn < today;
}

/// <summary>A supervision session as recorded: what was discussed and coached, and the actions agreed and followed up.</summary>
/// <param name="Actions">The actions agreed at this session.</param>
/// <param name="FollowedUp">Actions from earlier sessions followed up at this one.</param>
/// <param name="MayChange">The caller is a supervisor or manager of the case's agency.</param>
public sealed record SupervisionView(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    DateOnly HeldOn,
    Guid SupervisorId,
    string SupervisorName,
    Guid WorkerId,
    string WorkerName,
    IReadOnlyList<DiscussedComponents> Components,
    string GapsFound,
    IReadOnlyList<CoachingAreas> Coaching,
    string CoachingNotes,
    IReadOnlyList<SupervisionActionView> Actions,
    IReadOnlyList<SupervisionActionView> FollowedUp,
    DateTimeOffset UpdatedAt,
    uint Version,
    bool MayChange);

/// <summary>A session in a case's list, newest first.</summary>
public sealed record SupervisionSummary(
    Guid Id,
    DateOnly HeldOn,
    string SupervisorName,
    string WorkerName,
    IReadOnlyList<DiscussedComponents> Components,
    IReadOnlyList<CoachingAreas> Coaching,
    int Actions,
    int OpenActions);

/// <summary>A case's supervision: its sessions, newest first, and the actions still open from them (overdue first).</summary>
/// <param name="MayRecord">The caller is a supervisor or manager of the case's agency.</param>
public sealed record SupervisionList(Guid CaseId, string Reference, IReadOnlyList<SupervisionSummary> Sessions, IReadOnlyList<SupervisionActionView> OpenActions,
    bool MayRecord);

/// <summary>A worker the session may be with: a practitioner of the case's agency (or the case's allocated worker).</summary>
public sealed record SupervisedWorker(Guid Id, string Name);

/// <summary>
/// What a supervisor needs beside the form: the workers to choose from (the allocated worker first chosen), the map's
/// gaps as they stand now, and the actions from other sessions that this session may follow up.
/// </summary>
/// <param name="SuggestedGaps">The map's gaps as lines of text, to start the "gaps found" box from.</param>
/// <param name="FollowUps">Actions still open from other sessions, and those this session has already followed up.</param>
public sealed record SupervisionFormContext(
    Guid CaseId,
    string Reference,
    Guid? AllocatedWorkerId,
    IReadOnlyList<SupervisedWorker> Workers,
    IReadOnlyList<MapGap> MapGaps,
    string SuggestedGaps,
    IReadOnlyList<SupervisionActionView> FollowUps);

/// <summary>An action in someone's own supervision list, with its case.</summary>
public sealed record MySupervisionAction(SupervisionActionView Action, string CaseReference);

/// <summary>A session in someone's own supervision list, with its case.</summary>
public sealed record MySupervisionSession(SupervisionSummary Session, Guid CaseId, string CaseReference);

/// <summary>
/// "My supervision": for a supervisor or manager, the sessions she has held recently and the open actions from them;
/// for a practitioner, the open actions from supervision on her own cases. Overdue actions first.
/// </summary>
public sealed record MySupervision(bool HoldsSupervision, IReadOnlyList<MySupervisionSession> Sessions, IReadOnlyList<MySupervisionAction> OpenActions);
