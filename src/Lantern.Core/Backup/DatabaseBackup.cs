using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantern.Core.Backup;

/// <summary>The finished backup: its anchor (written beside it) and how long it took.</summary>
public sealed record BackupOutcome(string BackupPath, string AnchorPath, BackupAnchor Anchor, TimeSpan Elapsed);

/// <summary>
/// A consistent copy of a running Lantern database: SQLite's online backup of one read snapshot (WAL lets the app
/// keep writing meanwhile), or pg_dump of a snapshot exported from a transaction that also reads the audit head.
/// Either way the anchor's audit row is read from the same snapshot as the copy, so it names the last row the backup
/// holds. The copy is written under a temporary name and moved into place only when complete.
/// </summary>
public sealed class DatabaseBackup(DatabaseOptions database, TimeProvider clock)
{
    private const string LastAuditRow = "SELECT \"Sequence\", \"Hash\" FROM audit_events ORDER BY \"Sequence\" DESC LIMIT 1";

    public async Task<BackupOutcome> BackupAsync(string outPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outPath);
        var path = Path.GetFullPath(outPath);
        var anchorPath = BackupAnchor.PathFor(path);
        if (File.Exists(path) || File.Exists(anchorPath))
        {
            throw new BackupRefusedException($"{path} or its anchor already exists; choose a new name (a backup is never written over another).");
        }

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var partial = path + ".partial";
        File.Delete(partial);
        var watch = Stopwatch.StartNew();
        var takenAt = clock.GetUtcNow();
        (long Sequence, string Hash) last;
        try
        {
            last = database.Provider switch
            {
                DatabaseProvider.Sqlite => await BackupSqliteAsync(partial, cancellationToken),
                DatabaseProvider.Postgres => await BackupPostgresAsync(partial, cancellationToken),
            };
            using (var written = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite))
            {
                written.Flush(flushToDisk: true);
            }

            File.Move(partial, path);
        }
        finally
        {
            File.Delete(partial);
        }

        var (sha256, bytes) = await BackupAnchor.HashFileAsync(path, cancellationToken);
        var anchor = new BackupAnchor(BackupAnchor.CurrentFormat, database.Provider.ToString(), takenAt, Path.GetFileName(path), bytes, sha256,
            last.Sequence, last.Hash);
        await anchor.WriteAsync(anchorPath, cancellationToken);
        return new BackupOutcome(path, anchorPath, anchor, watch.Elapsed);
    }

    private async Task<(long, string)> BackupSqliteAsync(string partial, CancellationToken cancellationToken)
    {
        var source = new SqliteConnectionStringBuilder(database.ResolvedConnectionString()) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        if (source.DataSource is "" or ":memory:" || !File.Exists(source.DataSource))
        {
            throw new BackupRefusedException($"There is no SQLite database at {Path.GetFullPath(source.DataSource)}.");
        }

        await using var from = new SqliteConnection(source.ToString());
        await from.OpenAsync(cancellationToken);
        await ExecuteAsync(from, "PRAGMA busy_timeout = 10000;", cancellationToken);
        await using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString());
        await to.OpenAsync(cancellationToken);

        // One step copies every page inside a single read transaction: in WAL mode writers carry on, and the copy is that
        // one snapshot (a backup in several steps would restart whenever another connection wrote).
        from.BackupDatabase(to);

        // The copy carries the source's WAL flag; a backup is one self-contained file, without -wal or -shm beside it.
        await ExecuteAsync(to, "PRAGMA journal_mode = DELETE;", cancellationToken);

        // Read from the copy itself, so the anchor is exactly what the backup holds.
        return await ReadLastAuditRowAsync(to, transaction: null, cancellationToken);
    }

    private async Task<(long, string)> BackupPostgresAsync(string partial, CancellationToken cancellationToken)
    {
        var connectionString = database.ResolvedConnectionString();
        var tool = PostgresTools.Find("pg_dump");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        // REPEATABLE READ fixes the snapshot at the transaction's first statement; pg_dump is given that snapshot, so the
        // dump and the anchor read below see the same committed writes, and none after.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        string snapshot;
        await using (var command = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction))
        {
            snapshot = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        var last = await ReadLastAuditRowAsync(connection, transaction, cancellationToken);
        await PostgresTools.RunAsync(tool, ["--format=custom", "--no-password", $"--snapshot={snapshot}", $"--file={partial}"], connectionString,
            cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
        return last;
    }

    internal static async Task<(long Sequence, string Hash)> ReadLastAuditRowAsync(DbConnection connection, DbTransaction? transaction,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = LastAuditRow;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditHash.Genesis);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
