using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Implementation;

/// <summary>
/// The agency's monthly practice meeting: who came, which cases were discussed and what was learnt. A case
/// discussed is listed only to someone who may see the case (the query filter on <see cref="PracticeMeetingCase"/>),
/// so a supervisor reads the meeting without learning the references of other teams' cases; changing the meeting
/// leaves the cases she cannot see as they were. Reading a meeting is audited as an implementation read, not as a
/// read of each case: only the references are shown.
/// </summary>
public sealed class PracticeMeetingService(LanternDbContext db, AuditTrail audit, Access.CaseAccess access, TimeProvider clock)
{
    private static readonly char[] Separators = [',', ';', ' ', '\t', '\r', '\n'];

    public async Task<PracticeMeetingList> ListAsync(CancellationToken cancellationToken = default)
    {
        ImplementationPermissions.EnsureMayRead(db.Scope);
        var meetings = await SummariesAsync(int.MaxValue, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ImplementationViewed, Detail: $"part=practice-meetings;meetings={meetings.Count}"));
        return new PracticeMeetingList(meetings, ImplementationPermissions.MayRecordPracticeMeetings(db.Scope));
    }

    /// <returns>Null when there is no such meeting in the caller's agency.</returns>
    public async Task<PracticeMeetingView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        ImplementationPermissions.EnsureMayRead(db.Scope);
        var meeting = await db.PracticeMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var view = await ViewAsync(meeting, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.ImplementationViewed, SubjectId: id,
            Detail: $"part=practice-meeting;cases={view.CasesDiscussed.Count}"));
        return view;
    }

    public async Task<PracticeMeetingView> CreateAsync(PracticeMeetingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImplementationPermissions.EnsureMayRecordPracticeMeetings(db.Scope);
        var (cases, errors) = await CheckAsync(input, cancellationToken);
        InputRules.Enforce(input, errors);
        var meeting = new PracticeMeeting { AgencyId = db.Scope.AgencyId, RecordedById = db.Scope.UserId, RecordedAt = clock.Now() };
        Apply(meeting, input);
        foreach (var caseId in cases)
        {
            meeting.CasesDiscussed.Add(new PracticeMeetingCase { MeetingId = meeting.Id, CaseId = caseId });
        }

        db.PracticeMeetings.Add(meeting);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.PracticeMeetingRecorded, SubjectId: meeting.Id, Detail: $"cases={cases.Count}"));
        return await ViewAsync(meeting, cancellationToken);
    }

    /// <summary>Changes a meeting; send the version you read. Cases discussed that the caller cannot see are kept as they were.</summary>
    /// <returns>Null when there is no such meeting in the caller's agency.</returns>
    public async Task<PracticeMeetingView?> UpdateAsync(Guid id, PracticeMeetingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImplementationPermissions.EnsureMayRecordPracticeMeetings(db.Scope);
        var meeting = await db.PracticeMeetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var (cases, errors) = await CheckAsync(input, cancellationToken);
        if (input.Version is null)
        {
            errors[nameof(PracticeMeetingInput.Version)] = ["The record version is missing: reload the page and try again."];
        }

        InputRules.Enforce(input, errors);
        db.Entry(meeting).Property(m => m.Version).OriginalValue = input.Version!.Value;
        Apply(meeting, input);

        // Only the cases this caller may see are loaded (the query filter), so only those can be taken off.
        var visible = await db.PracticeMeetingCases.Where(c => c.MeetingId == id).ToListAsync(cancellationToken);
        db.PracticeMeetingCases.RemoveRange(visible.Where(c => !cases.Contains(c.CaseId)));
        db.PracticeMeetingCases.AddRange(cases.Where(c => visible.All(v => v.CaseId != c)).Select(c => new PracticeMeetingCase { MeetingId = id, CaseId = c }));

        // The meeting row changes with every save, so that its version guards the cases discussed too.
        db.Entry(meeting).State = EntityState.Modified;
        await access.SaveEditAsync(new AuditEntry(AuditAction.PracticeMeetingRecorded, SubjectId: id, Detail: $"change=changed;cases={cases.Count}"), cancellationToken);
        return await ViewAsync(meeting, cancellationToken);
    }

    /// <summary>The rules beyond the input's annotations, with the case references looked up. Nothing is saved.</summary>
    public async Task<Dictionary<string, string[]>> ProblemsAsync(PracticeMeetingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (await CheckAsync(input, cancellationToken)).Errors;
    }

    /// <summary>Splits what was typed in a box of references (commas, spaces or one a line) and tidies each.</summary>
    public static IReadOnlyList<string> SplitReferences(string? typed) =>
        [.. (typed ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The most recent meetings, newest first. Not audited: callers audit the page it is on.</summary>
    internal async Task<List<PracticeMeetingSummary>> SummariesAsync(int take, CancellationToken cancellationToken)
    {
        var rows = await db.PracticeMeetings.AsNoTracking().OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.RecordedAt).Take(take)
            .Select(m => new { m.Id, m.HeldOn, m.Learning, Cases = db.PracticeMeetingCases.Count(c => c.MeetingId == m.Id) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PracticeMeetingSummary(r.Id, r.HeldOn, r.Cases, r.Learning))];
    }

    private static void Apply(PracticeMeeting meeting, PracticeMeetingInput input)
    {
        meeting.HeldOn = input.HeldOn!.Value;
        meeting.Attendees = input.Attendees!.Trim();
        meeting.Learning = input.Learning!.Trim();
    }

    /// <summary>
    /// Looks each reference up among the cases of the caller's agency that the caller may see. An unknown reference
    /// and one the caller may not see get the same answer, so that the form does not tell her which cases exist.
    /// </summary>
    private async Task<(List<Guid> Cases, Dictionary<string, string[]> Errors)> CheckAsync(PracticeMeetingInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        ImplementationRules.Past(errors, nameof(PracticeMeetingInput.HeldOn), input.HeldOn, clock.Today(), "The date of the meeting");
        var references = (input.CaseReferences ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim().ToUpperInvariant())
            .Distinct(StringComparer.Ordinal).ToList();
        if (references.Count > ImplementationLimits.MaxCasesDiscussed)
        {
            errors[nameof(PracticeMeetingInput.CaseReferences)] = [$"List up to {ImplementationLimits.MaxCasesDiscussed} cases for one meeting."];
            return ([], errors);
        }

        var agencyId = db.Scope.AgencyId;
        var found = references.Count == 0
            ? []
            : await db.Cases.AsNoTracking().Where(c => references.Contains(c.Reference) && c.OwningAgencyId == agencyId)
                .Select(c => new { c.Id, c.Reference }).ToListAsync(cancellationToken);
        var unknown = references.Where(r => found.All(f => f.Reference != r)).ToList();
        if (unknown.Count > 0)
        {
            // Echo only what looks like a reference, so that a long paste does not fill the message.
            var named = string.Join(", ", unknown.Select(u => u.Length > 20 ? u[..20] + "…" : u));
            errors[nameof(PracticeMeetingInput.CaseReferences)] = [unknown.Count == 1
                ? $"No case you can see has the reference {named}. Check it, or leave it out."
                : $"No case you can see has these references: {named}. Check them, or leave them out."];
        }

        return ([.. found.Select(f => f.Id)], errors);
    }

    private async Task<PracticeMeetingView> ViewAsync(PracticeMeeting meeting, CancellationToken cancellationToken)
    {
        var cases = await (from pc in db.PracticeMeetingCases.AsNoTracking()
                           join c in db.Cases.AsNoTracking() on pc.CaseId equals c.Id
                           where pc.MeetingId == meeting.Id
                           orderby c.Reference
                           select new DiscussedCase(c.Id, c.Reference))
            .ToListAsync(cancellationToken);
        var names = await AgencyStaff.NamesAsync(db, [meeting.RecordedById], cancellationToken);
        return new PracticeMeetingView(meeting.Id, meeting.HeldOn, meeting.Attendees, cases, meeting.Learning,
            names.GetValueOrDefault(meeting.RecordedById, ""), meeting.RecordedAt, meeting.Version, ImplementationPermissions.MayRecordPracticeMeetings(db.Scope));
    }
}
