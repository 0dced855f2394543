using Lantern.Core.Audit;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Backup;

/// <summary>What a restored database was checked for; <see cref="Passed"/> only when every check holds.</summary>
public sealed record RestoreCheckResult(string Integrity, AuditVerification Audit, AnchorCheckResult Anchor, long RestoredHeadSequence)
{
    public bool IntegrityOk => Integrity == "ok";

    /// <summary>The restored trail ends exactly at the anchor's row: nothing written after the backup and nothing lost.</summary>
    public bool EndsAtAnchor => Anchor.Holds && RestoredHeadSequence == Anchor.Anchor.AuditSequence;

    public bool Passed => IntegrityOk && Audit.IsIntact && EndsAtAnchor;
}

/// <summary>
/// The checks after a restore: the database's own integrity check, the audit chain walked end to end by
/// <see cref="AuditVerifier"/>, and the restored chain's head against the anchor exported with the backup.
/// </summary>
public static class RestoreCheck
{
    public static async Task<RestoreCheckResult> CheckAsync(LanternDbContext db, BackupAnchor anchor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(anchor);
        var integrity = await IntegrityAsync(db, cancellationToken);
        var audit = await new AuditVerifier(db).VerifyAsync(cancellationToken);
        var anchored = await AnchorCheck.CheckAsync(db, anchor, cancellationToken);
        var head = await db.AuditChainHead.AsNoTracking().SingleAsync(h => h.Id == 1, cancellationToken);
        return new RestoreCheckResult(integrity, audit, anchored, head.LastSequence);
    }

    /// <summary>
    /// SQLite's <c>PRAGMA integrity_check</c> ("ok" or its list of problems). pg_restore builds PostgreSQL's indexes and
    /// checks every constraint as it loads, in one transaction that fails as a whole, so a restore that finished is
    /// checked already.
    /// </summary>
    public static async Task<string> IntegrityAsync(LanternDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgres)
        {
            return "ok";
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(reader.GetString(0));
            }

            return string.Join("; ", lines);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
