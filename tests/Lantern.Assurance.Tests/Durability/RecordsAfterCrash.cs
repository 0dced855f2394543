using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Assurance.Tests.Durability;

/// <summary>What the database holds after a crash and restart, compared with what the writers were told.</summary>
internal sealed record CrashFindings(int Acknowledged, int Found, IReadOnlyList<string> Lost, IReadOnlyList<string> Partial);

/// <summary>
/// Reads the database directly, as the system, past every filter: each acknowledged write must be there, and each
/// record the writers made (acknowledged or cut off by the kill) must be whole — its audit rows and its share of the
/// dashboard's kept figures, all written by the same request, must be there with it. A record with its audit row and
/// without its figures (or the reverse) is a partial operation.
/// </summary>
internal static class RecordsAfterCrash
{
    public static async Task<CrashFindings> CheckAsync(LanternDbContext db, string marker, IReadOnlyCollection<AcknowledgedWrite> acknowledged)
    {
        var tag = "crash check " + marker + "-";
        var harness = db.Cases.IgnoreQueryFilters().Where(c => c.PresentingConcerns.Contains(tag));
        var cases = await harness.Select(c => new { c.Id, c.PresentingConcerns }).ToDictionaryAsync(c => c.Id, c => c.PresentingConcerns);
        var people = await db.People.IgnoreQueryFilters().Where(p => p.FamilyName == marker)
            .Select(p => new { p.Id, p.GivenName }).ToDictionaryAsync(p => p.Id, p => p.GivenName);
        var perpetrators = (await db.Participants.IgnoreQueryFilters()
            .Where(p => p.Role == ParticipantRole.Perpetrator && harness.Any(c => c.Id == p.CaseId))
            .Select(p => new { p.CaseId, p.PersonId }).ToListAsync()).ToLookup(p => p.PersonId, p => p.CaseId);
        var entries = await db.MapEntries.IgnoreQueryFilters().Where(e => harness.Any(c => c.Id == e.CaseId))
            .Select(e => new { e.Id, e.CaseId, e.Description }).ToDictionaryAsync(e => e.Id);
        var audit = await db.AuditEvents.AsNoTracking()
            .Where(a => a.Outcome == AuditOutcome.Succeeded && harness.Any(c => c.Id == a.CaseId)
                && (a.Action == AuditAction.CaseCreated || a.Action == AuditAction.PersonCreated
                    || a.Action == AuditAction.ParticipantAdded || a.Action == AuditAction.MapEntryAdded))
            .Select(a => new { a.Action, a.CaseId, a.PersonId, a.SubjectId }).ToListAsync();
        var kept = await db.DashboardCases.IgnoreQueryFilters().Where(k => harness.Any(c => c.Id == k.CaseId))
            .ToDictionaryAsync(k => k.CaseId, k => k.HasPerpetrator);
        var contactDays = (await db.DashboardCaseDays.IgnoreQueryFilters().Where(d => d.PerpetratorContact && harness.Any(c => c.Id == d.CaseId))
            .Select(d => d.CaseId).Distinct().ToListAsync()).ToHashSet();
        var createdWithoutCase = await db.AuditEvents.AsNoTracking()
            .Where(a => a.Action == AuditAction.CaseCreated && a.Outcome == AuditOutcome.Succeeded && a.CaseId != null
                && !db.Cases.IgnoreQueryFilters().Any(c => c.Id == a.CaseId))
            .Select(a => a.Sequence).ToListAsync();

        var lost = new List<string>();
        foreach (var write in acknowledged)
        {
            var there = write.Kind switch
            {
                WriteKind.CaseOpened => cases.TryGetValue(write.Id, out var concerns) && concerns.Contains(write.Key + ".", StringComparison.Ordinal),
                WriteKind.PerpetratorRecorded => people.TryGetValue(write.Id, out var name) && name == write.Key,
                WriteKind.MapEntryAdded => entries.TryGetValue(write.Id, out var entry) && entry.CaseId == write.CaseId
                    && entry.Description.Contains(write.Key + ".", StringComparison.Ordinal),
                _ => throw new ArgumentOutOfRangeException(nameof(acknowledged), write.Kind, "A kind of write the check does not know."),
            };
            if (!there)
            {
                lost.Add($"{write.Kind} {write.Key} ({write.Id})");
            }
        }

        bool Audited(AuditAction action, Func<Guid?, Guid?, Guid?, bool> about) => audit.Any(a => a.Action == action && about(a.CaseId, a.PersonId, a.SubjectId));
        var partial = new List<string>();
        foreach (var id in cases.Keys)
        {
            if (!Audited(AuditAction.CaseCreated, (c, _, _) => c == id))
            {
                partial.Add($"case {id} has no CaseCreated audit row");
            }

            if (!kept.ContainsKey(id))
            {
                partial.Add($"case {id} has no row in the dashboard's kept figures");
            }
        }

        foreach (var id in people.Keys)
        {
            var caseId = perpetrators[id].FirstOrDefault();
            if (caseId == Guid.Empty)
            {
                partial.Add($"person {id} is on no case as the perpetrator");
                continue;
            }

            if (!Audited(AuditAction.PersonCreated, (c, p, _) => c == caseId && p == id) || !Audited(AuditAction.ParticipantAdded, (c, p, _) => c == caseId && p == id))
            {
                partial.Add($"person {id} lacks a PersonCreated or ParticipantAdded audit row");
            }

            if (!kept.GetValueOrDefault(caseId))
            {
                partial.Add($"person {id} is the perpetrator on case {caseId}, but the kept figures say the case has none");
            }
        }

        foreach (var entry in entries.Values)
        {
            if (!Audited(AuditAction.MapEntryAdded, (c, _, s) => c == entry.CaseId && s == entry.Id))
            {
                partial.Add($"map entry {entry.Id} has no MapEntryAdded audit row");
            }

            if (!contactDays.Contains(entry.CaseId))
            {
                partial.Add($"map entry {entry.Id} is from his interview, but the kept figures show no contact with him on case {entry.CaseId}");
            }
        }

        partial.AddRange(audit.Where(a => a.Action == AuditAction.PersonCreated && (a.PersonId is not { } p || !people.ContainsKey(p)))
            .Select(a => $"a PersonCreated audit row on case {a.CaseId} names person {a.PersonId}, who is not there"));
        partial.AddRange(audit.Where(a => a.Action == AuditAction.MapEntryAdded && (a.SubjectId is not { } s || !entries.ContainsKey(s)))
            .Select(a => $"a MapEntryAdded audit row on case {a.CaseId} names entry {a.SubjectId}, which is not there"));
        partial.AddRange(createdWithoutCase.Select(s => $"audit row {s} records a case created that is not there"));

        var found = acknowledged.Count - lost.Count;
        return new CrashFindings(acknowledged.Count, found, lost, partial);
    }

    /// <summary>SQLite's own check of every page and index; "ok" when sound.</summary>
    public static async Task<string> SqliteIntegrityAsync(LanternDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("; ", lines);
    }

    /// <summary>
    /// PostgreSQL's amcheck over every B-tree index of the schema, each checked against its table (every row in the table
    /// has its index entry); "ok" when sound, otherwise the first error.
    /// </summary>
    public static async Task<string> PostgresIntegrityAsync(LanternDbContext db)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("CREATE EXTENSION IF NOT EXISTS amcheck");
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT c.relname, bt_index_check(c.oid, true)::text
                FROM pg_index i
                JOIN pg_class c ON c.oid = i.indexrelid
                JOIN pg_am a ON a.oid = c.relam
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE a.amname = 'btree' AND n.nspname = 'public' AND c.relpersistence = 'p' AND i.indisready AND i.indisvalid
                """;
            var checkedIndexes = 0;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                checkedIndexes++;
            }

            return checkedIndexes > 0 ? "ok" : "no indexes checked";
        }
        catch (Npgsql.PostgresException ex)
        {
            return ex.MessageText;
        }
    }
}
