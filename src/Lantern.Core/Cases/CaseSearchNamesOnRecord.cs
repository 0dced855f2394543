using Lantern.Core.Data;
using Lantern.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lantern.Core.Cases;

/// <summary>
/// Keeps <see cref="CaseSearchName"/> in step with the records: after any save that adds, changes or removes a participant,
/// changes a person's names, or adds a case or moves it to another team, the names (and team) of each case concerned are
/// worked out again from the saved rows. Read past the caller's filters, as the rows are a derived sieve that no page shows.
/// </summary>
public static class CaseSearchNamesOnRecord
{
    private const int RebuildBatch = 2000;
    public const char Separator = '|';

    /// <summary>What a pending save touches: the cases whose participants change and the people whose names change.</summary>
    public sealed record Touched(HashSet<Guid> CaseIds, HashSet<Guid> PersonIds);

    public static Touched? Find(ChangeTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        HashSet<Guid> cases = [];
        HashSet<Guid> people = [];
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case CaseParticipant participant:
                    cases.Add(participant.CaseId);
                    break;
                case Case record when entry.State == EntityState.Added || entry.Property(nameof(Case.TeamId)).IsModified:
                    cases.Add(record.Id);
                    break;
                case Person person when entry.State == EntityState.Modified
                    && (entry.Property(nameof(Person.SearchName)).IsModified || entry.Property(nameof(Person.IsDeleted)).IsModified):
                    people.Add(person.Id);
                    break;
            }
        }

        return cases.Count == 0 && people.Count == 0 ? null : new Touched(cases, people);
    }

    /// <summary>Works the touched cases' names out again; the caller saves.</summary>
    public static async Task RefreshAsync(LanternDbContext db, Touched touched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(touched);
        var caseIds = touched.CaseIds;
        if (touched.PersonIds.Count > 0)
        {
            var personIds = touched.PersonIds.ToList();
            caseIds = [.. caseIds, .. await db.Participants.IgnoreQueryFilters()
                .Where(p => personIds.Contains(p.PersonId)).Select(p => p.CaseId).ToListAsync(cancellationToken)];
        }

        foreach (var batch in caseIds.Chunk(RebuildBatch))
        {
            await WriteAsync(db, batch, cancellationToken);
        }
    }

    /// <summary>Every case's names from the records: after a bulk load, or once for a database from before the names were kept.</summary>
    /// <param name="save">Writes the added rows; SaveChanges unless the caller has a faster way (the SQLite bulk writer).</param>
    public static async Task RebuildAsync(LanternDbContext db, CancellationToken cancellationToken, Func<CancellationToken, Task>? save = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        save ??= token => db.SaveChangesAsync(token);
        await db.CaseSearchNames.ExecuteDeleteAsync(cancellationToken);
        var all = await db.Cases.IgnoreQueryFilters().Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var batch in all.Chunk(RebuildBatch))
        {
            await WriteAsync(db, batch, cancellationToken);
            await save(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private static async Task WriteAsync(LanternDbContext db, Guid[] caseIds, CancellationToken cancellationToken)
    {
        var names = (await db.Participants.IgnoreQueryFilters()
                .Where(p => caseIds.Contains(p.CaseId) && !p.IsDeleted && !p.Person!.IsDeleted)
                .Select(p => new { p.CaseId, p.Person!.SearchName })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.CaseId, p => p.SearchName);
        var teams = await db.Cases.IgnoreQueryFilters().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.TeamId }).ToDictionaryAsync(c => c.Id, c => c.TeamId, cancellationToken);
        var kept = await db.CaseSearchNames.Where(n => caseIds.Contains(n.CaseId)).ToDictionaryAsync(n => n.CaseId, cancellationToken);
        foreach (var caseId in caseIds)
        {
            if (!teams.TryGetValue(caseId, out var team))
            {
                continue; // removed outright: its kept row went with it
            }

            var text = string.Join(Separator, names[caseId].Order(StringComparer.Ordinal));
            // A row this context already tracks comes back as that same instance, so this finds it too.
            if (kept.TryGetValue(caseId, out var row))
            {
                row.Names = text;
                row.TeamId = team;
            }
            else
            {
                db.CaseSearchNames.Add(new CaseSearchName { CaseId = caseId, TeamId = team, Names = text });
            }
        }
    }
}
