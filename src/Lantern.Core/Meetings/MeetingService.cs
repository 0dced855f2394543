using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Map;
using Lantern.Core.Plans;
using Lantern.Core.Sharing;
using Lantern.Core.Validation;
using Lantern.Practice.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Meetings;

/// <summary>
/// Multi-agency meetings on a case: recording them, their packs per agency (the case's own agency may preview any
/// attendee agency's), and their actions followed to completion. Every read is audited. A partner agency sees a
/// meeting only when its agreement gives it meetings, and only the minutes of components it may see; it may record
/// progress on an action its agency owns and change nothing else.
/// </summary>
public sealed class MeetingService(LanternDbContext db, AuditTrail audit, CaseAccess access, MapService map, PlanService plans, TimeProvider clock)
{
    private static readonly MapComponent[] ComponentOrder =
        [MapComponent.CoerciveControl, MapComponent.HarmToChild, MapComponent.ProtectiveEfforts, MapComponent.ChildImpact, MapComponent.IntersectingFactors];

    /// <returns>Null when the case, or its meetings, are not visible to the caller.</returns>
    public async Task<MeetingList?> ListForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var header = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.Reference, c.OwningAgencyId }).SingleOrDefaultAsync(cancellationToken);
        if (header is null || !Has(await MyCategoriesAsync(caseId, cancellationToken), InformationCategory.Meetings))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.MeetingViewed, cancellationToken);
            return null;
        }

        var today = clock.Today();
        var rows = await db.Meetings.AsNoTracking().Where(m => m.CaseId == caseId).OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.CreatedAt)
            .Select(m => new MeetingSummary(m.Id, m.Kind, m.HeldOn, m.Attendees.Count,
                m.Actions.Count(a => a.Status == MeetingActionStatus.Open),
                m.Actions.Count(a => a.Status == MeetingActionStatus.Open && a.DueOn < today)))
            .ToListAsync(cancellationToken);
        var open = await ActionViewsAsync(db.MeetingActions.Where(a => a.CaseId == caseId && a.Status == MeetingActionStatus.Open), cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.MeetingViewed, CaseId: caseId, Detail: $"part=list;meetings={rows.Count}"));
        var own = header.OwningAgencyId == db.Scope.AgencyId || db.Scope.Kind == ScopeKind.System;
        return new MeetingList(caseId, header.Reference, rows, open, own && db.Scope.WritesCases);
    }

    /// <summary>
    /// A meeting's pack for an agency: the caller's own by default; the case's own agency may ask for any agency's to
    /// preview what it will see. Reading it is audited with the agency it was for.
    /// </summary>
    /// <returns>Null when the meeting is not visible to the caller, the agency does not exist, or a partner asks for another agency's pack.</returns>
    public async Task<MeetingPack?> PackAsync(Guid meetingId, Guid? forAgencyId = null, CancellationToken cancellationToken = default)
    {
        var row = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new { Meeting = m, m.Case!.Reference, m.Case.OwningAgencyId })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            await RecordDeniedAsync(meetingId, AuditAction.MeetingViewed, cancellationToken);
            return null;
        }

        var meeting = row.Meeting;
        var own = row.OwningAgencyId == db.Scope.AgencyId || db.Scope.Kind == ScopeKind.System;
        var target = forAgencyId ?? db.Scope.AgencyId;
        var preview = target != db.Scope.AgencyId;
        if (preview && !own)
        {
            await access.RecordDeniedCaseAsync(meeting.CaseId, AuditAction.MeetingViewed, cancellationToken);
            return null;
        }

        var agencyName = await db.Agencies.AsNoTracking().Where(a => a.Id == target).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        if (agencyName is null)
        {
            return null;
        }

        var today = clock.Today();
        var categories = await ShareRules.CategoriesForAsync(db, meeting.CaseId, target, preview ? null : db.Scope.UserId, today, cancellationToken);
        if (preview)
        {
            // A preview shows no more than the caller may see: what is withheld from them stays withheld in any agency's pack.
            categories &= await MyCategoriesAsync(meeting.CaseId, cancellationToken);
        }

        if (!preview && !Has(categories, InformationCategory.Meetings))
        {
            // The query filter let the meeting through but something is withheld from this user: it does not exist for them.
            await access.RecordDeniedCaseAsync(meeting.CaseId, AuditAction.MeetingViewed, cancellationToken);
            return null;
        }

        var view = await ViewAsync(meeting, row.Reference, categories, cancellationToken);
        var components = new List<PackComponent>();
        var notShared = new List<MapComponent>();
        var caseGaps = new List<MapGap>();
        var people = new List<MapPerson>();
        PackPlan? plan = null;
        if (view.Categories != InformationCategory.None && Has(categories, InformationCategory.Meetings))
        {
            var caseMap = ComponentOrder.Any(c => Has(categories, ShareRules.CategoryOf(c)))
                ? await map.GetAsync(meeting.CaseId, "meeting-pack", cancellationToken)
                : null;
            foreach (var component in ComponentOrder)
            {
                if (caseMap is not null && Has(categories, ShareRules.CategoryOf(component)))
                {
                    components.Add(new PackComponent(component, view.MinutesOf(component), caseMap.In(component).OrderBy(e => e.OccurredOn).ToList(),
                        caseMap.Gaps.Where(g => g.Component == component).ToList()));
                }
                else
                {
                    notShared.Add(component);
                }
            }

            if (caseMap is not null && target == row.OwningAgencyId)
            {
                caseGaps.AddRange(caseMap.Gaps.Where(g => g.Component is null));
            }

            if (caseMap is not null && Has(categories, InformationCategory.Identity))
            {
                people.AddRange(caseMap.People);
            }

            if (Has(categories, InformationCategory.Plans) && await plans.GetAsync(meeting.CaseId, "meeting-pack", cancellationToken) is { } casePlan)
            {
                var showNames = Has(categories, InformationCategory.Identity);
                plan = new PackPlan(casePlan.Goals.Count, casePlan.Goals.Count(g => g.IsOverdue(today)), casePlan.Findings.Count, casePlan.NextReviewOn,
                    casePlan.Goals.Select(g => new PackGoal(showNames ? casePlan.NameOf(g.PersonId) : "", g.Behaviour, g.ReviewOn, g.IsOverdue(today))).ToList());
            }
        }
        else
        {
            notShared.AddRange(ComponentOrder);
        }

        var earlier = Has(categories, InformationCategory.Meetings)
            ? await db.MeetingActions.AsNoTracking().Where(a => a.CaseId == meeting.CaseId && a.MeetingId != meetingId && a.Status == MeetingActionStatus.Open)
                .Select(a => a.DueOn).ToListAsync(cancellationToken)
            : [];
        var agenda = MeetingAgenda.For(view, components, plan, earlier.Count, earlier.Count(d => d < today), Has(categories, InformationCategory.Meetings));
        var others = own ? await PreviewableAgenciesAsync(meeting, row.OwningAgencyId, cancellationToken) : [];
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.MeetingViewed, CaseId: meeting.CaseId, SubjectId: meetingId,
            Detail: $"part=pack;agency={target};preview={(preview ? "yes" : "no")}"));
        return new MeetingPack(view, target, agencyName, target == row.OwningAgencyId, preview, categories, agenda, components, notShared, caseGaps, people, plan, others);
    }

    /// <summary>Whether the caller may see the meeting at all (a partner may read a shared case's meeting but not change it).</summary>
    public async Task<bool> IsVisibleAsync(Guid meetingId, CancellationToken cancellationToken = default) =>
        await db.Meetings.AnyAsync(m => m.Id == meetingId, cancellationToken);

    /// <summary>The meeting as recorded, for changing it: the case's own agency only.</summary>
    /// <returns>Null when the meeting is not visible to the caller or not the caller's agency's.</returns>
    public async Task<MeetingView?> GetForChangeAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        var row = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new { Meeting = m, m.Case!.Reference, m.Case.OwningAgencyId })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null || (row.OwningAgencyId != db.Scope.AgencyId && db.Scope.Kind != ScopeKind.System))
        {
            await RecordDeniedAsync(meetingId, AuditAction.MeetingViewed, cancellationToken);
            return null;
        }

        var categories = await ShareRules.CategoriesForAsync(db, row.Meeting.CaseId, row.OwningAgencyId, db.Scope.Kind == ScopeKind.System ? null : db.Scope.UserId,
            clock.Today(), cancellationToken);
        var view = await ViewAsync(row.Meeting, row.Reference, categories, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.MeetingViewed, CaseId: row.Meeting.CaseId, SubjectId: meetingId, Detail: "part=meeting"));
        return view;
    }

    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<Meeting?> CreateAsync(Guid caseId, MeetingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.MeetingCreated, cancellationToken);
            return null;
        }

        await access.EnsureMayChangeCaseAsync(caseId, cancellationToken);
        InputRules.Enforce(input, await ProblemsAsync(input, null, cancellationToken));
        var now = clock.Now();
        var meeting = new Meeting { CaseId = caseId, CreatedById = db.Scope.UserId, CreatedAt = now, UpdatedAt = now };
        db.Meetings.Add(meeting);
        Apply(meeting, input);
        ApplyActions(meeting, input, []);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.MeetingCreated, CaseId: caseId, SubjectId: meeting.Id,
            Detail: $"kind={meeting.Kind};attendees={meeting.Attendees.Count};actions={meeting.Actions.Count}"));
        return meeting;
    }

    /// <summary>Changes a meeting: its details, attendees, minutes, decisions and actions. Send the versions you read.</summary>
    /// <returns>False when the meeting is not visible to the caller.</returns>
    public async Task<bool> UpdateAsync(Guid id, MeetingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var meeting = await db.Meetings.Include(m => m.Attendees).Include(m => m.Actions).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            await RecordDeniedAsync(id, AuditAction.MeetingChanged, cancellationToken);
            return false;
        }

        await access.EnsureMayChangeCaseAsync(meeting.CaseId, cancellationToken);
        var extra = await ProblemsAsync(input, meeting, cancellationToken);
        if (input.Version is null)
        {
            extra["Version"] = ["The record version is missing: reload the page and try again."];
        }

        InputRules.Enforce(input, extra);
        db.Entry(meeting).Property(m => m.Version).OriginalValue = input.Version!.Value;
        db.MeetingAttendees.RemoveRange(meeting.Attendees);
        meeting.Attendees.Clear();
        Apply(meeting, input);
        ApplyActions(meeting, input, meeting.Actions.ToList());
        meeting.UpdatedAt = clock.Now();

        // The meeting row changes with every save, so that its version guards the attendees and minutes too.
        db.Entry(meeting).State = EntityState.Modified;
        await access.SaveEditAsync(new AuditEntry(AuditAction.MeetingChanged, CaseId: meeting.CaseId, SubjectId: id,
            Detail: $"attendees={meeting.Attendees.Count};actions={meeting.Actions.Count(a => !a.IsDeleted)}"), cancellationToken);
        return true;
    }

    /// <summary>
    /// Records where an action has got to. The case's own agency may do it for any action; a partner only for an
    /// action its agency owns.
    /// </summary>
    /// <returns>False when the action is not visible to the caller.</returns>
    public async Task<bool> RecordProgressAsync(Guid actionId, ActionProgressInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var action = await db.MeetingActions.SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken);
        if (action is null)
        {
            var caseId = await db.MeetingActions.IgnoreQueryFilters().Where(a => a.Id == actionId).Select(a => (Guid?)a.CaseId).SingleOrDefaultAsync(cancellationToken);
            if (caseId is not null)
            {
                await access.RecordDeniedCaseAsync(caseId.Value, AuditAction.MeetingActionProgressed, cancellationToken);
            }

            return false;
        }

        access.EnsureMayWrite();
        if (!await MayRecordProgressAsync(action.CaseId, action.OwnerAgencyId, cancellationToken))
        {
            throw new NotPermittedException("Only the case's own agency, or the agency that owns this action, can record its progress.");
        }

        InputRules.Enforce(input);
        db.Entry(action).Property(a => a.Version).OriginalValue = input.Version!.Value;
        action.Status = input.Status!.Value;
        action.CompletedOn = action.Status == MeetingActionStatus.Open ? null : action.CompletedOn ?? clock.Today();
        action.CompletionNote = input.Note?.Trim() ?? "";
        action.UpdatedAt = clock.Now();
        await access.SaveEditAsync(new AuditEntry(AuditAction.MeetingActionProgressed, CaseId: action.CaseId, SubjectId: actionId,
            Detail: $"status={action.Status}"), cancellationToken);
        return true;
    }

    /// <summary>One action, with its meeting and whether the caller may record its progress.</summary>
    /// <returns>Null when the action is not visible to the caller.</returns>
    public async Task<OpenAction?> GetActionAsync(Guid actionId, CancellationToken cancellationToken = default)
    {
        var action = (await ActionViewsAsync(db.MeetingActions.Where(a => a.Id == actionId), cancellationToken)).SingleOrDefault();
        if (action is null)
        {
            var caseId = await db.MeetingActions.IgnoreQueryFilters().Where(a => a.Id == actionId).Select(a => (Guid?)a.CaseId).SingleOrDefaultAsync(cancellationToken);
            if (caseId is not null)
            {
                await access.RecordDeniedCaseAsync(caseId.Value, AuditAction.MeetingViewed, cancellationToken);
            }

            return null;
        }

        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == action.MeetingId).Select(m => new { m.Kind, m.HeldOn, m.Case!.Reference }).SingleAsync(cancellationToken);
        var mayRecord = db.Scope.WritesCases && await MayRecordProgressAsync(action.CaseId, action.OwnerAgencyId, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.MeetingViewed, CaseId: action.CaseId, SubjectId: actionId, Detail: "part=action"));
        return new OpenAction(action, meeting.Reference, meeting.Kind, meeting.HeldOn, mayRecord);
    }

    /// <summary>Open actions on every case the caller may see meetings on, overdue first; for the actions list.</summary>
    public async Task<IReadOnlyList<OpenAction>> OpenActionsAsync(bool ownedByMyAgencyOnly, CancellationToken cancellationToken = default)
    {
        var agencyId = db.Scope.AgencyId;
        var query = db.MeetingActions.Where(a => a.Status == MeetingActionStatus.Open);
        if (ownedByMyAgencyOnly)
        {
            query = query.Where(a => a.OwnerAgencyId == agencyId);
        }

        var actions = await ActionViewsAsync(query, cancellationToken, take: 500);
        var meetingIds = actions.Select(a => a.MeetingId).Distinct().ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Kind, m.HeldOn, m.Case!.Reference, m.Case.OwningAgencyId })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var today = clock.Today();
        var result = actions.Where(a => meetings.ContainsKey(a.MeetingId))
            .Select(a =>
            {
                var m = meetings[a.MeetingId];
                var mayRecord = db.Scope.WritesCases && (m.OwningAgencyId == agencyId || a.OwnerAgencyId == agencyId);
                return new OpenAction(a, m.Reference, m.Kind, m.HeldOn, mayRecord);
            })
            .OrderBy(a => a.Action.IsOverdue(today) ? 0 : 1).ThenBy(a => a.Action.DueOn ?? DateOnly.MaxValue)
            .ToList();
        foreach (var caseId in result.Select(a => a.Action.CaseId).Distinct())
        {
            await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.MeetingViewed, CaseId: caseId, Detail: "part=actions"));
        }

        return result;
    }

    /// <summary>Agencies an attendee or an action's owner can come from: every agency on Lantern (names only).</summary>
    public async Task<IReadOnlyList<PackAgency>> AgenciesAsync(CancellationToken cancellationToken = default) =>
        await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new PackAgency(a.Id, a.Name)).ToListAsync(cancellationToken);

    /// <summary>The rules beyond the input's annotations, keyed by each row's place in the input. Nothing is saved.</summary>
    public async Task<Dictionary<string, string[]>> ProblemsAsync(MeetingInput input, Meeting? existing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        var attendees = input.Attendees ?? [];
        var actions = input.Actions ?? [];
        if (attendees.Count > MeetingInput.MaxAttendees)
        {
            errors[nameof(MeetingInput.Attendees)] = [$"A meeting can have up to {MeetingInput.MaxAttendees} attendees."];
        }

        if (actions.Count > MeetingInput.MaxActions)
        {
            errors[nameof(MeetingInput.Actions)] = [$"A meeting can have up to {MeetingInput.MaxActions} actions."];
        }

        var agencyIds = attendees.Select(a => a?.AgencyId).Concat(actions.Select(a => a?.OwnerAgencyId)).OfType<Guid>().Distinct().ToList();
        var known = agencyIds.Count == 0 ? [] : await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < attendees.Count; i++)
        {
            var attendee = attendees[i];
            if (attendee is null || attendee.IsEmpty())
            {
                continue;
            }

            var key = $"{nameof(MeetingInput.Attendees)}[{i}].";
            Add(errors, key + nameof(AttendeeInput.Name), Text(attendee.Name, "Enter the attendee's name.", MeetingInput.MaxNameLength));
            Add(errors, key + nameof(AttendeeInput.Role), Optional(attendee.Role, MeetingInput.MaxNameLength));
            if (attendee.AgencyId is { } agency && !known.Contains(agency))
            {
                errors[key + nameof(AttendeeInput.AgencyId)] = ["Choose an agency from the list."];
            }
        }

        var today = clock.Today();
        var existingIds = existing?.Actions.Where(a => !a.IsDeleted).Select(a => a.Id).ToHashSet() ?? [];
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            if (action is null || (action.IsEmpty() && action.Id is null))
            {
                continue;
            }

            var key = $"{nameof(MeetingInput.Actions)}[{i}].";
            if (action.Id is { } actionId && !existingIds.Contains(actionId))
            {
                errors[key + nameof(MeetingActionInput.Description)] = ["This action is no longer on the meeting: reload the page."];
                continue;
            }

            if (action.IsEmpty())
            {
                // An existing action emptied on the form is removed.
                continue;
            }

            Add(errors, key + nameof(MeetingActionInput.Description), Text(action.Description, "Describe the action.", MeetingInput.MaxTextLength));
            Add(errors, key + nameof(MeetingActionInput.Owner), Text(action.Owner, "Give each action an owner.", MeetingInput.MaxNameLength));
            if (action.OwnerAgencyId is { } owner && !known.Contains(owner))
            {
                errors[key + nameof(MeetingActionInput.OwnerAgencyId)] = ["Choose an agency from the list."];
            }

            if (action.Status is { } status && !Enum.IsDefined(status))
            {
                errors[key + nameof(MeetingActionInput.Status)] = ["Choose one of the listed values."];
            }

            if (action.CompletedOn > today)
            {
                errors[key + nameof(MeetingActionInput.CompletedOn)] = ["The date it was done cannot be in the future."];
            }
        }

        if (input.HeldOn is { } held && (held < today.AddYears(-20) || held > today.AddYears(2)))
        {
            errors[nameof(MeetingInput.HeldOn)] = ["Check the year of the meeting."];
        }

        return errors;
    }

    private async Task<bool> MayRecordProgressAsync(Guid caseId, Guid? ownerAgencyId, CancellationToken cancellationToken) =>
        db.Scope.Kind == ScopeKind.System || ownerAgencyId == db.Scope.AgencyId
        || await ShareRules.IsOwnCaseAsync(db, caseId, cancellationToken);

    private async Task<InformationCategory> MyCategoriesAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Scope.Kind == ScopeKind.System
            ? ShareRules.All
            : await ShareRules.CategoriesForAsync(db, caseId, db.Scope.AgencyId, db.Scope.UserId, clock.Today(), cancellationToken);

    private static bool Has(InformationCategory categories, InformationCategory wanted) => (categories & wanted) != InformationCategory.None;

    /// <summary>The meeting as an agency with <paramref name="categories"/> may see it.</summary>
    private async Task<MeetingView> ViewAsync(Meeting meeting, string reference, InformationCategory categories, CancellationToken cancellationToken)
    {
        var author = await db.Users.AsNoTracking().Where(u => u.Id == meeting.CreatedById).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        if (!Has(categories, InformationCategory.Meetings))
        {
            return new MeetingView(meeting.Id, meeting.CaseId, reference, meeting.Kind, meeting.HeldOn, "", [], new Dictionary<MapComponent, string>(), "", "", [],
                author ?? "", meeting.UpdatedAt, meeting.Version, InformationCategory.None);
        }

        var attendees = await db.MeetingAttendees.AsNoTracking().Where(a => a.MeetingId == meeting.Id).OrderBy(a => a.Position)
            .Select(a => new AttendeeView(a.Name, a.Role, a.AgencyId, db.Agencies.Where(g => g.Id == a.AgencyId).Select(g => g.Name).FirstOrDefault(), a.Attended))
            .ToListAsync(cancellationToken);
        var actions = await ActionViewsAsync(db.MeetingActions.Where(a => a.MeetingId == meeting.Id), cancellationToken);
        var minutes = new Dictionary<MapComponent, string>();
        foreach (var component in ComponentOrder)
        {
            if (Has(categories, ShareRules.CategoryOf(component)))
            {
                minutes[component] = component switch
                {
                    MapComponent.CoerciveControl => meeting.CoerciveControlMinutes,
                    MapComponent.HarmToChild => meeting.HarmToChildMinutes,
                    MapComponent.ProtectiveEfforts => meeting.ProtectiveEffortsMinutes,
                    MapComponent.ChildImpact => meeting.ChildImpactMinutes,
                    MapComponent.IntersectingFactors => meeting.IntersectingFactorsMinutes,
                };
            }
        }

        return new MeetingView(meeting.Id, meeting.CaseId, reference, meeting.Kind, meeting.HeldOn, meeting.Purpose, attendees, minutes, meeting.OtherMinutes,
            meeting.Decisions, actions, author ?? "", meeting.UpdatedAt, meeting.Version, categories);
    }

    private async Task<List<MeetingActionView>> ActionViewsAsync(IQueryable<MeetingAction> query, CancellationToken cancellationToken, int take = int.MaxValue) =>
        await query.AsNoTracking().OrderBy(a => a.MeetingId).ThenBy(a => a.Position).Take(take)
            .Select(a => new MeetingActionView(a.Id, a.MeetingId, a.CaseId, a.Description, a.Owner, a.OwnerAgencyId,
                db.Agencies.Where(g => g.Id == a.OwnerAgencyId).Select(g => g.Name).FirstOrDefault(), a.DueOn, a.Status, a.CompletedOn, a.CompletionNote, a.Version))
            .ToListAsync(cancellationToken);

    /// <summary>The agencies whose packs the case's own agency can preview: those at the meeting and those the case is shared with.</summary>
    private async Task<List<PackAgency>> PreviewableAgenciesAsync(Meeting meeting, Guid owningAgencyId, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var attending = db.MeetingAttendees.Where(a => a.MeetingId == meeting.Id && a.AgencyId != null).Select(a => a.AgencyId!.Value);
        var sharing = db.CaseShares.Where(ShareRules.InForceOn(today)).Where(s => s.CaseId == meeting.CaseId)
            .Select(s => s.PartnerAgencyId);
        var ids = (await attending.ToListAsync(cancellationToken)).Concat(await sharing.ToListAsync(cancellationToken)).Where(a => a != owningAgencyId).Distinct().ToList();
        return await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Name).Select(a => new PackAgency(a.Id, a.Name)).ToListAsync(cancellationToken);
    }

    private static string? Text(string? value, string missing, int max) =>
        string.IsNullOrWhiteSpace(value) ? missing
        : value.Trim().Length > max ? $"Keep this under {max:N0} characters."
        : value.Contains('\0', StringComparison.Ordinal) ? "Remove the hidden control character from this text."
        : null;

    private static string? Optional(string? value, int max) => string.IsNullOrWhiteSpace(value) ? null : Text(value, "", max);

    private static void Add(Dictionary<string, string[]> errors, string key, string? message)
    {
        if (message is not null)
        {
            errors[key] = [message];
        }
    }

    private void Apply(Meeting meeting, MeetingInput input)
    {
        meeting.Kind = input.Kind!.Value;
        meeting.HeldOn = input.HeldOn!.Value;
        meeting.Purpose = input.Purpose?.Trim() ?? "";
        meeting.CoerciveControlMinutes = input.CoerciveControlMinutes?.Trim() ?? "";
        meeting.HarmToChildMinutes = input.HarmToChildMinutes?.Trim() ?? "";
        meeting.ProtectiveEffortsMinutes = input.ProtectiveEffortsMinutes?.Trim() ?? "";
        meeting.ChildImpactMinutes = input.ChildImpactMinutes?.Trim() ?? "";
        meeting.IntersectingFactorsMinutes = input.IntersectingFactorsMinutes?.Trim() ?? "";
        meeting.OtherMinutes = input.OtherMinutes?.Trim() ?? "";
        meeting.Decisions = input.Decisions?.Trim() ?? "";
        var position = 0;
        foreach (var attendee in (input.Attendees ?? []).Where(a => a is not null && !a.IsEmpty()))
        {
            var row = new MeetingAttendee
            {
                MeetingId = meeting.Id,
                Position = position++,
                Name = attendee.Name!.Trim(),
                Role = attendee.Role?.Trim() ?? "",
                AgencyId = attendee.AgencyId,
                Attended = attendee.Attended,
            };
            meeting.Attendees.Add(row);
            db.MeetingAttendees.Add(row);
        }
    }

    /// <summary>
    /// Actions keep their ids: an existing one is changed in place under the version the form read (so that progress
    /// recorded meanwhile from the actions list is not overwritten unseen), one emptied on the form is removed, and
    /// new ones are added.
    /// </summary>
    private void ApplyActions(Meeting meeting, MeetingInput input, List<MeetingAction> existing)
    {
        var byId = existing.Where(a => !a.IsDeleted).ToDictionary(a => a.Id);
        var kept = new HashSet<Guid>();
        var position = 0;
        var now = clock.Now();
        foreach (var action in (input.Actions ?? []).Where(a => a is not null))
        {
            if (action.Id is { } id && byId.TryGetValue(id, out var current))
            {
                if (action.IsEmpty())
                {
                    // Removed below, under the version the form read: an action whose progress was recorded meanwhile is not removed unseen.
                    db.Entry(current).Property(a => a.Version).OriginalValue = action.Version ?? current.Version;
                    continue;
                }

                kept.Add(id);
                db.Entry(current).Property(a => a.Version).OriginalValue = action.Version ?? current.Version;
                current.Position = position++;
                current.Description = action.Description!.Trim();
                current.Owner = action.Owner!.Trim();
                current.OwnerAgencyId = action.OwnerAgencyId;
                current.DueOn = action.DueOn;
                current.Status = action.Status ?? MeetingActionStatus.Open;
                current.CompletedOn = current.Status == MeetingActionStatus.Open ? null : action.CompletedOn ?? current.CompletedOn ?? clock.Today();
                current.UpdatedAt = now;
                continue;
            }

            if (action.IsEmpty())
            {
                continue;
            }

            var status = action.Status ?? MeetingActionStatus.Open;
            var row = new MeetingAction
            {
                MeetingId = meeting.Id,
                CaseId = meeting.CaseId,
                Position = position++,
                Description = action.Description!.Trim(),
                Owner = action.Owner!.Trim(),
                OwnerAgencyId = action.OwnerAgencyId,
                DueOn = action.DueOn,
                Status = status,
                CompletedOn = status == MeetingActionStatus.Open ? null : action.CompletedOn ?? clock.Today(),
                UpdatedAt = now,
            };
            meeting.Actions.Add(row);
            db.MeetingActions.Add(row);
        }

        foreach (var removed in byId.Values.Where(a => !kept.Contains(a.Id)))
        {
            removed.IsDeleted = true;
            removed.UpdatedAt = now;
        }
    }

    private async Task RecordDeniedAsync(Guid meetingId, AuditAction attempted, CancellationToken cancellationToken)
    {
        var caseId = await db.Meetings.IgnoreQueryFilters().Where(m => m.Id == meetingId && !m.IsDeleted).Select(m => (Guid?)m.CaseId).SingleOrDefaultAsync(cancellationToken);
        if (caseId is not null)
        {
            await access.RecordDeniedCaseAsync(caseId.Value, attempted, cancellationToken);
        }
    }
}
