using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.People;
using Lantern.Core.Validation;
using Lantern.Practice.Language;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Notes;

/// <summary>
/// Case notes: contacts, visits and interviews. A note can be edited until it is signed; a signed note never
/// changes again and takes addenda instead. Workers may dismiss a language finding on a note, with a reason.
/// </summary>
public sealed class NoteService(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    public async Task<IReadOnlyList<NoteSummary>?> ListForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.NoteViewed, cancellationToken);
            return null;
        }

        var list = await Summaries(db.CaseNotes.AsNoTracking().Where(n => n.CaseId == caseId)).ToListAsync(cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.NoteViewed, CaseId: caseId, Detail: "part=notes"));
        return list;
    }

    public async Task<NoteDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var note = await db.CaseNotes.AsNoTracking().Where(n => n.Id == id)
            .Select(n => new
            {
                n.Id,
                n.CaseId,
                n.Case!.Reference,
                n.Kind,
                n.WithWhom,
                n.OccurredOn,
                n.Text,
                Author = db.Users.Where(u => u.Id == n.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                n.CreatedAt,
                n.UpdatedAt,
                n.SignedAt,
                SignedBy = db.Users.Where(u => u.Id == n.SignedById).Select(u => u.DisplayName).FirstOrDefault(),
                n.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (note is null)
        {
            await RecordDeniedAsync(id, AuditAction.NoteViewed, cancellationToken);
            return null;
        }

        var addenda = await db.NoteAddenda.AsNoTracking().Where(a => a.NoteId == id).OrderBy(a => a.CreatedAt)
            .Select(a => new AddendumView(a.Id, a.Text, db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "", a.CreatedAt))
            .ToListAsync(cancellationToken);
        var dismissals = await db.LanguageDismissals.AsNoTracking().Where(d => d.NoteId == id).OrderBy(d => d.DismissedAt)
            .Select(d => new DismissalView(d.Id, d.RuleId, d.Phrase, d.Start, d.Length, d.Reason,
                db.Users.Where(u => u.Id == d.DismissedById).Select(u => u.DisplayName).FirstOrDefault() ?? "", d.DismissedAt))
            .ToListAsync(cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.NoteViewed, CaseId: note.CaseId, SubjectId: id));
        return new NoteDetail(note.Id, note.CaseId, note.Reference, note.Kind, note.WithWhom, note.OccurredOn, note.Text, note.Author ?? "",
            note.CreatedAt, note.UpdatedAt, note.SignedAt, note.SignedBy, note.Version, addenda, dismissals);
    }

    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<CaseNote?> CreateAsync(Guid caseId, NoteInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.NoteCreated, cancellationToken);
            return null;
        }

        await access.EnsureMayChangeCaseAsync(caseId, cancellationToken);
        InputRules.Enforce(input, CheckDate(input));
        var now = clock.Now();
        var note = new CaseNote { CaseId = caseId, AuthorId = db.Scope.UserId, CreatedAt = now, UpdatedAt = now };
        Apply(note, input);
        await CountAsync(note, cancellationToken);
        db.CaseNotes.Add(note);
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.NoteCreated, CaseId: caseId, SubjectId: note.Id, Detail: $"kind={note.Kind}"));
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, caseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return note;
    }

    /// <summary>Changes an unsigned note; a signed note is refused with an error on <c>Text</c>.</summary>
    /// <returns>False when the note is not visible to the caller.</returns>
    public async Task<bool> UpdateAsync(Guid id, NoteInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var note = await db.CaseNotes.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (note is null)
        {
            await RecordDeniedAsync(id, AuditAction.NoteUpdated, cancellationToken);
            return false;
        }

        await access.EnsureMayChangeCaseAsync(note.CaseId, cancellationToken);
        if (note.SignedAt is not null)
        {
            throw new InvalidInputException("Text", "This note is signed and can no longer be changed. Add an addendum instead.");
        }

        var extra = CheckDate(input);
        if (input.Version is null)
        {
            extra["Version"] = ["The record version is missing: reload the page and try again."];
        }

        InputRules.Enforce(input, extra);
        db.Entry(note).Property(n => n.Version).OriginalValue = input.Version!.Value;
        Apply(note, input);
        await CountAsync(note, cancellationToken);
        note.UpdatedAt = clock.Now();
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await access.SaveEditAsync(new AuditEntry(AuditAction.NoteUpdated, CaseId: note.CaseId, SubjectId: id), cancellationToken);
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, note.CaseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Signs the note as it stands: from now on its text never changes.</summary>
    /// <returns>False when the note is not visible to the caller.</returns>
    public async Task<bool> SignAsync(Guid id, uint version, CancellationToken cancellationToken = default)
    {
        var note = await db.CaseNotes.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (note is null)
        {
            await RecordDeniedAsync(id, AuditAction.NoteSigned, cancellationToken);
            return false;
        }

        await access.EnsureMayChangeCaseAsync(note.CaseId, cancellationToken);
        if (note.SignedAt is not null)
        {
            throw new InvalidInputException("Version", "This note is already signed.");
        }

        db.Entry(note).Property(n => n.Version).OriginalValue = version;
        note.SignedAt = clock.Now();
        note.SignedById = db.Scope.UserId;
        await access.SaveEditAsync(new AuditEntry(AuditAction.NoteSigned, CaseId: note.CaseId, SubjectId: id), cancellationToken);
        return true;
    }

    /// <summary>Adds an addendum to a signed note (an unsigned note is edited instead).</summary>
    /// <returns>False when the note is not visible to the caller.</returns>
    public async Task<bool> AddAddendumAsync(Guid id, AddendumInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var note = await db.CaseNotes.AsNoTracking().Where(n => n.Id == id).Select(n => new { n.CaseId, n.SignedAt }).SingleOrDefaultAsync(cancellationToken);
        if (note is null)
        {
            await RecordDeniedAsync(id, AuditAction.NoteAddendumAdded, cancellationToken);
            return false;
        }

        await access.EnsureMayChangeCaseAsync(note.CaseId, cancellationToken);
        InputRules.Enforce(input);
        if (note.SignedAt is null)
        {
            throw new InvalidInputException("Text", "This note is not signed yet: change the note itself rather than adding an addendum.");
        }

        var addendum = new NoteAddendum { NoteId = id, Text = input.Text!.Trim(), AuthorId = db.Scope.UserId, CreatedAt = clock.Now() };
        db.NoteAddenda.Add(addendum);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.NoteAddendumAdded, CaseId: note.CaseId, SubjectId: id));
        return true;
    }

    /// <summary>Records a worker's decision, with a reason, to leave a flagged phrase in a note as written.</summary>
    /// <returns>False when the note is not visible to the caller.</returns>
    public async Task<bool> DismissAsync(Guid id, DismissalInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var caseId = await db.CaseNotes.AsNoTracking().Where(n => n.Id == id).Select(n => (Guid?)n.CaseId).SingleOrDefaultAsync(cancellationToken);
        if (caseId is null)
        {
            await RecordDeniedAsync(id, AuditAction.LanguageFindingDismissed, cancellationToken);
            return false;
        }

        access.EnsureMayWrite();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            errors["Reason"] = ["Give a reason for leaving this phrase as written."];
        }

        InputRules.Enforce(input, errors);
        var dismissal = new LanguageDismissal
        {
            NoteId = id,
            RuleId = input.RuleId!,
            Phrase = input.Phrase!,
            Start = input.Start,
            Length = input.Length,
            Reason = input.Reason!.Trim(),
            DismissedById = db.Scope.UserId,
            DismissedAt = clock.Now(),
        };
        db.LanguageDismissals.Add(dismissal);
        var note = await db.CaseNotes.SingleAsync(n => n.Id == id, cancellationToken);
        await CountAsync(note, cancellationToken, (dismissal.RuleId, dismissal.Phrase));
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.LanguageFindingDismissed, CaseId: caseId, SubjectId: id,
            Detail: $"rule={Truncate(dismissal.RuleId, 100)}"));
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, caseId.Value, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Checks every note in a case, leaving out findings a worker has dismissed with a reason.</summary>
    /// <returns>Null when the case is not visible to the caller.</returns>
    public async Task<IReadOnlyList<NoteCheck>?> CheckCaseAsync(Guid caseId, LanguageContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            await access.RecordDeniedCaseAsync(caseId, AuditAction.NotesChecked, cancellationToken);
            return null;
        }

        var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == caseId).OrderBy(n => n.OccurredOn).ThenBy(n => n.CreatedAt)
            .Select(n => new { n.Id, n.Text }).ToListAsync(cancellationToken);
        var summaries = (await Summaries(db.CaseNotes.AsNoTracking().Where(n => n.CaseId == caseId)).ToListAsync(cancellationToken)).ToDictionary(s => s.Id);
        var noteIds = notes.Select(n => n.Id).ToList();
        var dismissals = (await db.LanguageDismissals.AsNoTracking().Where(d => noteIds.Contains(d.NoteId))
            .Select(d => new { d.NoteId, d.RuleId, d.Phrase }).ToListAsync(cancellationToken))
            .ToLookup(d => d.NoteId);
        var results = new List<NoteCheck>();
        foreach (var note in notes)
        {
            var dismissed = dismissals[note.Id].Select(d => (d.RuleId, d.Phrase)).ToHashSet();
            var all = LanguageChecker.Default.Check(note.Text, context);
            var open = all.Where(f => !dismissed.Contains((f.RuleId, f.Text))).ToList();
            results.Add(new NoteCheck(summaries[note.Id], open, all.Count - open.Count));
        }

        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.NotesChecked, CaseId: caseId, Detail: $"notes={notes.Count}"));
        return results;
    }

    /// <summary>How many of the most recent notes a team check reads, so that the page stays quick on a large team.</summary>
    public const int TeamCheckLimit = 200;

    /// <summary>
    /// Checks the most recent notes in every case the caller's team holds (or, for managers and reviewers, every
    /// case of the agency), with each case's people in the rewrites; dismissed findings are left out and counted.
    /// Each case read is audited.
    /// </summary>
    public async Task<IReadOnlyList<CaseNoteCheck>> CheckTeamAsync(CancellationToken cancellationToken = default)
    {
        var scope = db.Scope;
        var cases = db.Cases.AsNoTracking();
        if (!scope.SeesWholeAgency)
        {
            var team = scope.TeamId;
            var me = scope.UserId;
            cases = cases.Where(c => (team != null && c.TeamId == team) || c.AllocatedWorkerId == me);
        }

        var caseIds = cases.Select(c => c.Id);
        var notes = await db.CaseNotes.AsNoTracking().Where(n => caseIds.Contains(n.CaseId))
            .OrderByDescending(n => n.OccurredOn).ThenByDescending(n => n.CreatedAt).Take(TeamCheckLimit)
            .Select(n => new { n.Id, n.CaseId, n.Text })
            .ToListAsync(cancellationToken);
        var noteIds = notes.Select(n => n.Id).ToList();
        var involved = notes.Select(n => n.CaseId).Distinct().ToList();
        var summaries = (await Summaries(db.CaseNotes.AsNoTracking().Where(n => noteIds.Contains(n.Id))).ToListAsync(cancellationToken)).ToDictionary(s => s.Id);
        var references = await db.Cases.AsNoTracking().Where(c => involved.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
        var participants = await db.Participants.AsNoTracking().Where(p => involved.Contains(p.CaseId))
            .Select(p => new { p.Id, p.CaseId, p.PersonId, p.Role, p.Version })
            .ToListAsync(cancellationToken);
        var names = await PersonNames.ForAsync(db, participants.Select(p => p.PersonId), cancellationToken);
        var contexts = participants.Where(p => names.ContainsKey(p.PersonId)).GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => CaseLanguage.ContextFor(
            [.. g.Select(p => new ParticipantView(p.Id, p.PersonId, names[p.PersonId].FullName, p.Role, names[p.PersonId].DateOfBirth, names[p.PersonId].DateOfBirthAccuracy, p.Version))]));
        var dismissals = (await db.LanguageDismissals.AsNoTracking().Where(d => noteIds.Contains(d.NoteId))
            .Select(d => new { d.NoteId, d.RuleId, d.Phrase }).ToListAsync(cancellationToken))
            .ToLookup(d => d.NoteId);
        var results = new List<CaseNoteCheck>(notes.Count);
        foreach (var note in notes.Where(n => summaries.ContainsKey(n.Id) && references.ContainsKey(n.CaseId)))
        {
            var dismissed = dismissals[note.Id].Select(d => (d.RuleId, d.Phrase)).ToHashSet();
            var all = LanguageChecker.Default.Check(note.Text, contexts.GetValueOrDefault(note.CaseId) ?? CaseLanguage.ContextFor([]));
            var open = all.Where(f => !dismissed.Contains((f.RuleId, f.Text))).ToList();
            results.Add(new CaseNoteCheck(note.CaseId, references[note.CaseId], new NoteCheck(summaries[note.Id], open, all.Count - open.Count)));
        }

        await audit.SaveAsync(cancellationToken, [.. involved.Select(c => new AuditEntry(AuditAction.NotesChecked, CaseId: c,
            Detail: $"scope=team notes={results.Count(r => r.CaseId == c)}"))]);
        return results;
    }

    /// <summary>The findings in a text, without those dismissed on the note (when a note is given).</summary>
    public static IReadOnlyList<LanguageFinding> OpenFindings(string text, LanguageContext context, IReadOnlyList<DismissalView>? dismissals)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = LanguageChecker.Default.Check(text, context);
        if (dismissals is null || dismissals.Count == 0)
        {
            return findings;
        }

        var dismissed = dismissals.Select(d => (d.RuleId, d.Phrase)).ToHashSet();
        return [.. findings.Where(f => !dismissed.Contains((f.RuleId, f.Text)))];
    }

    private IQueryable<NoteSummary> Summaries(IQueryable<CaseNote> notes) =>
        notes.OrderByDescending(n => n.OccurredOn).ThenByDescending(n => n.CreatedAt)
            .Select(n => new NoteSummary(n.Id, n.Kind, n.WithWhom, n.OccurredOn,
                db.Users.Where(u => u.Id == n.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "", n.SignedAt));

    /// <summary>Sets the note's statistics for dashboards and reviews (<see cref="NoteStatistics"/>).</summary>
    private async Task CountAsync(CaseNote note, CancellationToken cancellationToken, (string RuleId, string Phrase)? alsoDismissed = null)
    {
        var participants = await PersonNames.ParticipantsAsync(db, note.CaseId, cancellationToken);
        var dismissed = (await db.LanguageDismissals.AsNoTracking().Where(d => d.NoteId == note.Id).Select(d => new { d.RuleId, d.Phrase }).ToListAsync(cancellationToken))
            .Select(d => (d.RuleId, d.Phrase)).ToHashSet();
        if (alsoDismissed is { } extra)
        {
            dismissed.Add(extra);
        }

        NoteStatistics.Apply(note, participants, dismissed);
    }

    private async Task RecordDeniedAsync(Guid noteId, AuditAction attempted, CancellationToken cancellationToken)
    {
        var caseId = await db.CaseNotes.IgnoreQueryFilters().Where(n => n.Id == noteId).Select(n => (Guid?)n.CaseId).SingleOrDefaultAsync(cancellationToken);
        if (caseId is not null)
        {
            await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.AccessDenied, CaseId: caseId, SubjectId: noteId,
                Outcome: AuditOutcome.Denied, Detail: $"attempted={attempted}"));
        }
    }

    private Dictionary<string, string[]> CheckDate(NoteInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.OccurredOn is { } occurred && occurred > clock.Today())
        {
            errors["OccurredOn"] = ["The date of the contact cannot be in the future."];
        }

        return errors;
    }

    private static void Apply(CaseNote note, NoteInput input)
    {
        note.Kind = input.Kind!.Value;
        note.WithWhom = input.WithWhom!.Trim();
        note.OccurredOn = input.OccurredOn!.Value;
        note.Text = input.Text!.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
