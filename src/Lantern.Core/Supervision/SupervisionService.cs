using Lantern.Core.Access;
using Lantern.Core.Access.Policy;
using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Map;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Supervision;

/// <summary>
/// Supervision on a case: a supervisor's record of a session with the worker (the components discussed, the gaps found,
/// the coaching given) and the actions agreed, each followed up at a later session. Supervision is the case's own
/// agency's business: the query filter keeps it from partners, and from anyone who may not see the case. A supervisor
/// or manager records and changes sessions; practitioners and reviewers who may see the case read them. Every read and
/// write is audited.
/// </summary>
public sealed class SupervisionService(LanternDbContext db, AuditTrail audit, CaseAccess access, MapService map, TimeProvider clock)
{
    /// <summary>How far back "sessions I've held recently" reaches.</summary>
    public const int RecentDays = 90;

    private const int ListLimit = 200;

    /// <summary>A supervisor or a manager (or the system): the roles that hold supervision.</summary>
    public bool MayRecord => db.Scope.May(AccessRights.UpdateSupervision);

    /// <returns>Null when the case is not visible to the caller or is not the caller's agency's.</returns>
    public async Task<SupervisionList?> ListForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await OwnCaseAsync(caseId, cancellationToken) is not { } header)
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.SupervisionViewed, cancellationToken);
            return null;
        }

        var rows = await db.SupervisionSessions.AsNoTracking().Where(s => s.CaseId == caseId)
            .OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.CreatedAt).Take(ListLimit)
            .Select(s => new SessionRow(s.Id, s.CaseId, s.HeldOn, s.SupervisorId, s.WorkerId, s.Components, s.Coaching, s.Actions.Count,
                s.Actions.Count(a => a.Status == SupervisionActionStatus.Open)))
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(rows.SelectMany(r => new[] { r.SupervisorId, r.WorkerId }), cancellationToken);
        var open = Overdue(await ActionViewsAsync(db.SupervisionActions.Where(a => a.CaseId == caseId && a.Status == SupervisionActionStatus.Open), cancellationToken));
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SupervisionViewed, CaseId: caseId, Detail: $"part=list;sessions={rows.Count}"));
        return new SupervisionList(caseId, header.Reference, [.. rows.Select(r => r.Summary(names))], open, MayRecord);
    }

    /// <returns>Null when the session is not visible to the caller.</returns>
    public async Task<SupervisionView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await db.SupervisionSessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { Session = s, s.Case!.Reference })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            await RecordDeniedAsync(id, AuditAction.SupervisionViewed, cancellationToken);
            return null;
        }

        var view = await ViewAsync(row.Session, row.Reference, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SupervisionViewed, CaseId: row.Session.CaseId, SubjectId: id, Detail: "part=session"));
        return view;
    }

    /// <summary>
    /// What the form needs beside it: the workers, the map's gaps now (read through the map, and audited there), and the
    /// actions this session may follow up. Reading it is audited, since it shows earlier sessions' actions.
    /// </summary>
    /// <param name="sessionId">The session being changed; null for a new one.</param>
    /// <returns>Null when the case is not visible to the caller or is not the caller's agency's.</returns>
    /// <exception cref="NotPermittedException">The caller may see the case but not record supervision.</exception>
    public async Task<SupervisionFormContext?> FormContextAsync(Guid caseId, Guid? sessionId = null, CancellationToken cancellationToken = default)
    {
        if (await OwnCaseAsync(caseId, cancellationToken) is not { } header)
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.SupervisionViewed, cancellationToken);
            return null;
        }

        EnsureMayRecord();
        var current = sessionId is { } id
            ? await db.SupervisionSessions.AsNoTracking().Where(s => s.Id == id && s.CaseId == caseId).Select(s => (Guid?)s.WorkerId).SingleOrDefaultAsync(cancellationToken)
            : null;
        var workers = await WorkersQuery(header, current).OrderBy(u => u.DisplayName).Select(u => new SupervisedWorker(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        var caseMap = await map.GetAsync(caseId, "supervision", cancellationToken);
        var gaps = caseMap?.Gaps ?? [];
        var suggested = string.Join("\n", gaps.Select(g => g.Message));
        if (suggested.Length > SupervisionLimits.MaxTextLength)
        {
            suggested = suggested[..SupervisionLimits.MaxTextLength];
        }

        var followUps = await ActionViewsAsync(Followable(caseId, sessionId), cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SupervisionViewed, CaseId: caseId, SubjectId: sessionId,
            Detail: $"part=form;followUps={followUps.Count}"));
        return new SupervisionFormContext(caseId, header.Reference, header.AllocatedWorkerId, workers, gaps, suggested, followUps);
    }

    /// <summary>Records a session held by the caller, following up the earlier actions the input names.</summary>
    /// <returns>Null when the case is not visible to the caller or is not the caller's agency's.</returns>
    public async Task<SupervisionSession?> CreateAsync(Guid caseId, SupervisionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await OwnCaseAsync(caseId, cancellationToken) is not { } header)
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.SupervisionRecorded, cancellationToken);
            return null;
        }

        EnsureMayRecord();
        var followable = await Followable(caseId, null).ToListAsync(cancellationToken);
        InputRules.Enforce(input, await ProblemsAsync(header, input, null, followable, cancellationToken));
        var now = clock.Now();
        var session = new SupervisionSession { CaseId = caseId, SupervisorId = db.Scope.UserId, CreatedAt = now, UpdatedAt = now };
        Apply(session, input);
        db.SupervisionSessions.Add(session);
        ApplyActions(session, input, []);
        var followedUp = ApplyFollowUps(session.Id, input, followable);
        await access.SaveEditAsync(new AuditEntry(AuditAction.SupervisionRecorded, CaseId: caseId, SubjectId: session.Id,
            Detail: $"components={Names(session.Components)};coaching={Names(session.Coaching)};actions={session.Actions.Count};followedUp={followedUp}"), cancellationToken);
        return session;
    }

    /// <summary>
    /// Changes a session: its details, its own actions' wording and due dates (an agreed action is never removed) and the
    /// follow-ups recorded at it. Send the versions you read.
    /// </summary>
    /// <returns>False when the session is not visible to the caller.</returns>
    public async Task<bool> UpdateAsync(Guid id, SupervisionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = await db.SupervisionSessions.Include(s => s.Actions).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        var header = session is null ? null : await OwnCaseAsync(session.CaseId, cancellationToken);
        if (session is null || header is null)
        {
            await RecordDeniedAsync(id, AuditAction.SupervisionChanged, cancellationToken);
            return false;
        }

        EnsureMayRecord();
        var followable = await Followable(session.CaseId, id).ToListAsync(cancellationToken);
        var extra = await ProblemsAsync(header, input, session, followable, cancellationToken);
        if (input.Version is null)
        {
            extra[nameof(SupervisionInput.Version)] = ["The record version is missing: reload the page and try again."];
        }

        InputRules.Enforce(input, extra);
        db.Entry(session).Property(s => s.Version).OriginalValue = input.Version!.Value;
        Apply(session, input);
        ApplyActions(session, input, [.. session.Actions]);
        ApplyFollowUps(id, input, followable);
        session.UpdatedAt = clock.Now();

        // The session row changes with every save, so that its version guards its actions and follow-ups too.
        db.Entry(session).State = EntityState.Modified;
        var followedUp = followable.Count(a => a.FollowedUpInSessionId == id);
        await access.SaveEditAsync(new AuditEntry(AuditAction.SupervisionChanged, CaseId: session.CaseId, SubjectId: id,
            Detail: $"actions={session.Actions.Count};followedUp={followedUp}"), cancellationToken);
        return true;
    }

    /// <summary>
    /// The caller's own supervision across cases. A supervisor or manager sees the sessions she has held in the last
    /// <see cref="RecentDays"/> days and the actions still open from every session she has held; anyone else the actions
    /// still open from supervision of her work or on cases allocated to her. Overdue actions first; audited per case.
    /// </summary>
    public async Task<MySupervision> MineAsync(CancellationToken cancellationToken = default)
    {
        var me = db.Scope.UserId;
        var holds = MayRecord && db.Scope.Kind == ScopeKind.User;
        var since = clock.Today().AddDays(-RecentDays);
        var sessions = holds
            ? await db.SupervisionSessions.AsNoTracking().Where(s => s.SupervisorId == me && s.HeldOn >= since)
                .OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.CreatedAt).Take(ListLimit)
                .Select(s => new SessionRow(s.Id, s.CaseId, s.HeldOn, s.SupervisorId, s.WorkerId, s.Components, s.Coaching, s.Actions.Count,
                    s.Actions.Count(a => a.Status == SupervisionActionStatus.Open)))
                .ToListAsync(cancellationToken)
            : [];
        var open = db.SupervisionActions.Where(a => a.Status == SupervisionActionStatus.Open);
        open = holds
            ? open.Where(a => db.SupervisionSessions.Any(s => s.Id == a.SessionId && s.SupervisorId == me))
            : open.Where(a => db.SupervisionSessions.Any(s => s.Id == a.SessionId && s.WorkerId == me) || db.Cases.Any(c => c.Id == a.CaseId && c.AllocatedWorkerId == me));
        var actions = Overdue(await ActionViewsAsync(open, cancellationToken, take: ListLimit * 2));
        var caseIds = sessions.Select(s => s.CaseId).Concat(actions.Select(a => a.CaseId)).Distinct().ToList();
        var references = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
        var names = await NamesAsync(sessions.SelectMany(r => new[] { r.SupervisorId, r.WorkerId }), cancellationToken);
        foreach (var caseId in caseIds.Where(references.ContainsKey))
        {
            await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SupervisionViewed, CaseId: caseId, Detail: "part=mine"));
        }

        return new MySupervision(holds,
            [.. sessions.Where(s => references.ContainsKey(s.CaseId)).Select(s => new MySupervisionSession(s.Summary(names), s.CaseId, references[s.CaseId]))],
            [.. actions.Where(a => references.ContainsKey(a.CaseId)).Select(a => new MySupervisionAction(a, references[a.CaseId]))]);
    }

    /// <summary>The rules beyond the input's annotations, keyed by each row's place in the input. Nothing is saved.</summary>
    /// <param name="sessionId">The session being changed; null for a new one.</param>
    /// <returns>Null when the case (or session) is not visible to the caller or is not the caller's agency's.</returns>
    public async Task<Dictionary<string, string[]>?> ProblemsAsync(Guid caseId, SupervisionInput input, Guid? sessionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await OwnCaseAsync(caseId, cancellationToken) is not { } header)
        {
            return null;
        }

        SupervisionSession? session = null;
        if (sessionId is { } id && (session = await db.SupervisionSessions.AsNoTracking().Include(s => s.Actions)
                .SingleOrDefaultAsync(s => s.Id == id && s.CaseId == caseId, cancellationToken)) is null)
        {
            return null;
        }

        var followable = await Followable(caseId, sessionId).AsNoTracking().ToListAsync(cancellationToken);
        return await ProblemsAsync(header, input, session, followable, cancellationToken);
    }

    private async Task<Dictionary<string, string[]>> ProblemsAsync(CaseHeader header, SupervisionInput input, SupervisionSession? existing,
        List<SupervisionAction> followable, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var today = clock.Today();
        if (input.HeldOn is { } held && held > today)
        {
            errors[nameof(SupervisionInput.HeldOn)] = ["The date of the session cannot be in the future."];
        }
        else if (input.HeldOn is { } old && old < today.AddYears(-20))
        {
            errors[nameof(SupervisionInput.HeldOn)] = ["Check the year of the session."];
        }

        if (input.WorkerId is { } worker && !await WorkersQuery(header, existing?.WorkerId).AnyAsync(u => u.Id == worker, cancellationToken))
        {
            errors[nameof(SupervisionInput.WorkerId)] = ["Choose a worker from the list."];
        }

        var components = input.Components ?? [];
        var coaching = input.Coaching ?? [];
        if (components.Any(c => !IsOne(c)))
        {
            errors[nameof(SupervisionInput.Components)] = ["Choose components from the list."];
        }
        else if (components.Count == 0 && coaching.Count == 0)
        {
            errors[nameof(SupervisionInput.Components)] = ["Choose at least one component discussed or one area of coaching."];
        }

        if (coaching.Any(c => !IsOne(c)))
        {
            errors[nameof(SupervisionInput.Coaching)] = ["Choose areas of coaching from the list."];
        }

        CheckActions(errors, input, existing);
        CheckFollowUps(errors, input, followable);
        return errors;
    }

    private static void CheckActions(Dictionary<string, string[]> errors, SupervisionInput input, SupervisionSession? existing)
    {
        var actions = input.Actions ?? [];
        if (actions.Count(a => a is not null && !(a.IsEmpty() && a.Id is null)) > SupervisionLimits.MaxActions || actions.Count > SupervisionLimits.MaxActions * 5)
        {
            errors[nameof(SupervisionInput.Actions)] = [$"A session can agree up to {SupervisionLimits.MaxActions} actions."];
            return;
        }

        var existingIds = existing?.Actions.Select(a => a.Id).ToHashSet() ?? [];
        var seen = new HashSet<Guid>();
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            if (action is null || (action.IsEmpty() && action.Id is null))
            {
                continue;
            }

            var key = $"{nameof(SupervisionInput.Actions)}[{i}].";
            if (action.Id is { } actionId && !existingIds.Contains(actionId))
            {
                errors[key + nameof(SupervisionActionInput.Description)] = ["This action is not one of this session's: reload the page."];
                continue;
            }

            if (action.Id is { } repeated && !seen.Add(repeated))
            {
                errors[key + nameof(SupervisionActionInput.Description)] = ["This action is listed twice: keep one."];
                continue;
            }

            if (string.IsNullOrWhiteSpace(action.Description))
            {
                errors[key + nameof(SupervisionActionInput.Description)] = [action.Id is null
                    ? "Describe the action."
                    : "An action agreed in supervision is not removed: change its wording, or record at the next session that it was not done."];
            }
            else if (action.Description.Trim().Length > SupervisionLimits.MaxActionLength)
            {
                errors[key + nameof(SupervisionActionInput.Description)] = [$"Keep each action under {SupervisionLimits.MaxActionLength:N0} characters."];
            }
            else if (action.Description.Contains('\0', StringComparison.Ordinal))
            {
                errors[key + nameof(SupervisionActionInput.Description)] = ["Remove the hidden control character from this text."];
            }

            if (action.DueOn is { } due && input.HeldOn is { } held && due < held)
            {
                errors[key + nameof(SupervisionActionInput.DueOn)] = ["The due date cannot be before the session."];
            }
        }
    }

    private static void CheckFollowUps(Dictionary<string, string[]> errors, SupervisionInput input, List<SupervisionAction> followable)
    {
        var followUps = input.FollowUps ?? [];
        var ids = followable.Select(a => a.Id).ToHashSet();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < followUps.Count; i++)
        {
            var followUp = followUps[i];
            if (followUp is null)
            {
                continue;
            }

            var key = $"{nameof(SupervisionInput.FollowUps)}[{i}].";
            if (followUp.ActionId is not { } actionId || !ids.Contains(actionId))
            {
                if (!followUp.FollowsUp)
                {
                    // Left as it was: nothing to say about an action that is no longer open.
                    continue;
                }

                // Someone else followed it up since the form was read (or it was never this case's): one message for the
                // whole list, since the form shows the actions open now in place of those it was sent.
                errors[nameof(SupervisionInput.FollowUps)] =
                    ["An action you followed up is no longer open on this case: someone may have followed it up meanwhile. Check the earlier actions and save again."];
                continue;
            }

            if (!seen.Add(actionId))
            {
                errors[key + nameof(FollowUpInput.Status)] = ["This action is followed up twice: keep one."];
                continue;
            }

            if (followUp.Status is { } status && !Enum.IsDefined(status))
            {
                errors[key + nameof(FollowUpInput.Status)] = ["Choose one of the listed values."];
            }

            if (followUp.Note is { } note && note.Trim().Length > SupervisionLimits.MaxActionLength)
            {
                errors[key + nameof(FollowUpInput.Note)] = [$"Keep the note under {SupervisionLimits.MaxActionLength:N0} characters."];
            }
            else if (followUp.Note?.Contains('\0', StringComparison.Ordinal) == true)
            {
                errors[key + nameof(FollowUpInput.Note)] = ["Remove the hidden control character from this text."];
            }
        }
    }

    private void EnsureMayRecord()
    {
        if (!MayRecord)
        {
            throw new NotPermittedException("Only a supervisor or a manager of the case's agency can record or change supervision.");
        }
    }

    private static bool IsOne<TFlags>(TFlags value)
        where TFlags : struct, Enum => Enum.IsDefined(value) && Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) != 0;

    private static TFlags Combine<TFlags>(IEnumerable<TFlags>? values)
        where TFlags : struct, Enum =>
        (TFlags)Enum.ToObject(typeof(TFlags), (values ?? []).Aggregate(0, (all, v) => all | Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The single values set in a flags value, in the enum's order.</summary>
    internal static IReadOnlyList<TFlags> Split<TFlags>(TFlags value)
        where TFlags : struct, Enum => [.. Enum.GetValues<TFlags>().Where(f => IsOne(f) && value.HasFlag(f))];

    private static string Names<TFlags>(TFlags value)
        where TFlags : struct, Enum => Split(value) is { Count: > 0 } set ? string.Join(',', set) : "none";

    private static void Apply(SupervisionSession session, SupervisionInput input)
    {
        session.HeldOn = input.HeldOn!.Value;
        session.WorkerId = input.WorkerId!.Value;
        session.Components = Combine(input.Components);
        session.GapsFound = input.GapsFound?.Trim() ?? "";
        session.Coaching = Combine(input.Coaching);
        session.CoachingNotes = input.CoachingNotes?.Trim() ?? "";
    }

    /// <summary>
    /// Actions keep their ids: an existing one is changed in place under the version the form read, new ones are added
    /// after. An agreed action is never removed (it has no soft delete, and its follow-up is part of the record); one the
    /// input leaves out is kept as it is.
    /// </summary>
    private void ApplyActions(SupervisionSession session, SupervisionInput input, List<SupervisionAction> existing)
    {
        var byId = existing.ToDictionary(a => a.Id);
        var listed = new HashSet<Guid>();
        var position = 0;
        var now = clock.Now();
        foreach (var action in (input.Actions ?? []).Where(a => a is not null))
        {
            if (action.Id is { } id && byId.TryGetValue(id, out var current) && listed.Add(id))
            {
                db.Entry(current).Property(a => a.Version).OriginalValue = action.Version ?? current.Version;
                Place(current, action.Description!.Trim(), action.DueOn, position++, now);
                continue;
            }

            if (action.IsEmpty())
            {
                continue;
            }

            var row = new SupervisionAction
            {
                SessionId = session.Id,
                CaseId = session.CaseId,
                Position = position++,
                Description = action.Description!.Trim(),
                DueOn = action.DueOn,
                Status = SupervisionActionStatus.Open,
                UpdatedAt = now,
            };
            session.Actions.Add(row);
            db.SupervisionActions.Add(row);
        }

        // Those left out keep their wording and come after, in their order.
        foreach (var left in existing.Where(a => !listed.Contains(a.Id)).OrderBy(a => a.Position))
        {
            Place(left, left.Description, left.DueOn, position++, now);
        }
    }

    private static void Place(SupervisionAction action, string description, DateOnly? dueOn, int position, DateTimeOffset now)
    {
        if (action.Description != description || action.DueOn != dueOn || action.Position != position)
        {
            action.Description = description;
            action.DueOn = dueOn;
            action.Position = position;
            action.UpdatedAt = now;
        }
    }

    /// <summary>
    /// Follows up earlier actions at this session: done, not done, or still open with a note, each linked to this
    /// session. An action this session had followed up and is now sent back "still open" with no note is unlinked.
    /// </summary>
    /// <returns>How many actions this call followed up.</returns>
    private int ApplyFollowUps(Guid sessionId, SupervisionInput input, List<SupervisionAction> followable)
    {
        var byId = followable.ToDictionary(a => a.Id);
        var now = clock.Now();
        var count = 0;
        foreach (var followUp in (input.FollowUps ?? []).Where(f => f?.ActionId is not null))
        {
            if (!byId.TryGetValue(followUp.ActionId!.Value, out var action))
            {
                continue;
            }

            db.Entry(action).Property(a => a.Version).OriginalValue = followUp.Version ?? action.Version;
            var (status, note, link) = followUp.FollowsUp
                ? (followUp.Status ?? SupervisionActionStatus.Open, followUp.Note?.Trim() ?? "", (Guid?)sessionId)
                : action.FollowedUpInSessionId == sessionId ? (SupervisionActionStatus.Open, "", null) : (action.Status, action.FollowUpNote, action.FollowedUpInSessionId);
            if (followUp.FollowsUp)
            {
                count++;
            }

            if (action.Status != status || action.FollowUpNote != note || action.FollowedUpInSessionId != link)
            {
                action.Status = status;
                action.FollowUpNote = note;
                action.FollowedUpInSessionId = link;
                action.UpdatedAt = now;
            }
        }

        return count;
    }

    /// <summary>Actions that a session may follow up: those still open from other sessions on the case, and those it followed up itself.</summary>
    private IQueryable<SupervisionAction> Followable(Guid caseId, Guid? sessionId) => sessionId is { } id
        ? db.SupervisionActions.Where(a => a.CaseId == caseId && a.SessionId != id && (a.Status == SupervisionActionStatus.Open || a.FollowedUpInSessionId == id))
        : db.SupervisionActions.Where(a => a.CaseId == caseId && a.Status == SupervisionActionStatus.Open);

    /// <summary>Who a session may be with: the agency's active practitioners, the case's allocated worker, and the worker already recorded.</summary>
    private IQueryable<LanternUser> WorkersQuery(CaseHeader header, Guid? current)
    {
        var practitioner = db.Roles.Where(r => r.Name == LanternRoles.Practitioner).Select(r => r.Id);
        var allocated = header.AllocatedWorkerId;
        return db.Users.AsNoTracking().Where(u => u.AgencyId == header.OwningAgencyId
            && ((!u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && practitioner.Contains(ur.RoleId))) || u.Id == allocated || u.Id == current));
    }

    private async Task<CaseHeader?> OwnCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var header = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new CaseHeader(c.Id, c.Reference, c.OwningAgencyId, c.AllocatedWorkerId))
            .SingleOrDefaultAsync(cancellationToken);

        // A partner agency may see a shared case, but never its supervision.
        return header is not null && (header.OwningAgencyId == db.Scope.AgencyId || db.Scope.Kind == ScopeKind.System) ? header : null;
    }

    private async Task<SupervisionView> ViewAsync(SupervisionSession session, string reference, CancellationToken cancellationToken)
    {
        var names = await NamesAsync([session.SupervisorId, session.WorkerId], cancellationToken);
        var actions = await ActionViewsAsync(db.SupervisionActions.Where(a => a.SessionId == session.Id), cancellationToken);
        var followedUp = await ActionViewsAsync(db.SupervisionActions.Where(a => a.FollowedUpInSessionId == session.Id && a.SessionId != session.Id), cancellationToken);
        return new SupervisionView(session.Id, session.CaseId, reference, session.HeldOn, session.SupervisorId, names.GetValueOrDefault(session.SupervisorId, ""),
            session.WorkerId, names.GetValueOrDefault(session.WorkerId, ""), Split(session.Components), session.GapsFound, Split(session.Coaching),
            session.CoachingNotes, actions, followedUp, session.UpdatedAt, session.Version, MayRecord);
    }

    /// <summary>Actions as read, in the order they were agreed: by the date of their session, then their place in it.</summary>
    private async Task<List<SupervisionActionView>> ActionViewsAsync(IQueryable<SupervisionAction> query, CancellationToken cancellationToken, int take = int.MaxValue)
    {
        if (take < int.MaxValue)
        {
            // The soonest due first, so that a long list keeps the overdue ones.
            query = query.OrderBy(a => a.DueOn == null).ThenBy(a => a.DueOn).Take(take);
        }

        var rows = await query.AsNoTracking()
            .Select(a => new
            {
                Action = a,
                AgreedOn = db.SupervisionSessions.Where(s => s.Id == a.SessionId).Select(s => s.HeldOn).FirstOrDefault(),
                FollowedUpOn = db.SupervisionSessions.Where(s => s.Id == a.FollowedUpInSessionId).Select(s => (DateOnly?)s.HeldOn).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.AgreedOn).ThenBy(r => r.Action.SessionId).ThenBy(r => r.Action.Position)
            .Select(r => new SupervisionActionView(r.Action.Id, r.Action.SessionId, r.Action.CaseId, r.AgreedOn, r.Action.Description, r.Action.DueOn,
                r.Action.Status, r.Action.FollowedUpInSessionId, r.FollowedUpOn, r.Action.FollowUpNote, r.Action.Version))];
    }

    /// <summary>Overdue actions first, then by due date (undated last), keeping the agreed order within each.</summary>
    private List<SupervisionActionView> Overdue(List<SupervisionActionView> actions)
    {
        var today = clock.Today();
        return [.. actions.OrderBy(a => a.IsOverdue(today) ? 0 : 1).ThenBy(a => a.DueOn ?? DateOnly.MaxValue)];
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private async Task RecordDeniedAsync(Guid sessionId, AuditAction attempted, CancellationToken cancellationToken)
    {
        var caseId = await db.SupervisionSessions.IgnoreQueryFilters().Where(s => s.Id == sessionId && !s.IsDeleted).Select(s => (Guid?)s.CaseId)
            .SingleOrDefaultAsync(cancellationToken);
        if (caseId is not null)
        {
            await access.RecordDeniedCaseAsync(caseId.Value, attempted, cancellationToken);
        }
    }

    private sealed record CaseHeader(Guid Id, string Reference, Guid OwningAgencyId, Guid? AllocatedWorkerId);

    private sealed record SessionRow(Guid Id, Guid CaseId, DateOnly HeldOn, Guid SupervisorId, Guid WorkerId, DiscussedComponents Components, CoachingAreas Coaching,
        int Actions, int OpenActions)
    {
        public SupervisionSummary Summary(Dictionary<Guid, string> names) => new(Id, HeldOn, names.GetValueOrDefault(SupervisorId, ""),
            names.GetValueOrDefault(WorkerId, ""), Split(Components), Split(Coaching), Actions, OpenActions);
    }
}
