using System.Diagnostics;
using Lantern.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantern.Core.Backup;

/// <summary>The backup put into place; the checks of what was restored are <see cref="RestoreCheck"/>'s.</summary>
public sealed record RestoreOutcome(BackupAnchor Anchor, TimeSpan Elapsed);

/// <summary>
/// Puts a backup into a new, empty database. The backup must match the SHA-256 in its anchor, and a database that
/// already holds anything is refused: a restore never writes over records.
/// </summary>
public sealed class DatabaseRestore(DatabaseOptions database)
{
    public async Task<RestoreOutcome> RestoreAsync(string fromPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromPath);
        var path = Path.GetFullPath(fromPath);
        if (!File.Exists(path))
        {
            throw new BackupRefusedException($"There is no backup at {path}.");
        }

        var anchor = await BackupAnchor.ReadAsync(BackupAnchor.PathFor(path), cancellationToken);
        if (!string.Equals(anchor.Provider, database.Provider.ToString(), StringComparison.Ordinal))
        {
            throw new BackupRefusedException($"The backup is of a {anchor.Provider} database and the database to restore into is {database.Provider}.");
        }

        var (sha256, bytes) = await BackupAnchor.HashFileAsync(path, cancellationToken);
        if (sha256 != anchor.BackupSha256 || bytes != anchor.BackupBytes)
        {
            throw new BackupRefusedException(
                $"The backup does not match its anchor (SHA-256 {sha256[..12]}… and {bytes:N0} bytes, the anchor says {anchor.BackupSha256[..12]}… and "
                + $"{anchor.BackupBytes:N0} bytes): it was changed or damaged after it was taken. Nothing was restored.");
        }

        var watch = Stopwatch.StartNew();
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                await RestoreSqliteAsync(path, cancellationToken);
                break;
            case DatabaseProvider.Postgres:
                await RestorePostgresAsync(path, cancellationToken);
                break;
        }

        return new RestoreOutcome(anchor, watch.Elapsed);
    }

    private async Task RestoreSqliteAsync(string backup, CancellationToken cancellationToken)
    {
        var target = new SqliteConnectionStringBuilder(database.ResolvedConnectionString());
        if (target.DataSource is "" or ":memory:")
        {
            throw new BackupRefusedException("A SQLite restore needs a database file to restore into.");
        }

        var path = Path.GetFullPath(target.DataSource);
        if (File.Exists(path))
        {
            await using var existing = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await existing.OpenAsync(cancellationToken);
            await using var command = existing.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_schema";
            if ((long)(await command.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                throw new BackupRefusedException($"The database at {path} already holds data; restore into a new database (a restore never writes over one).");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".restoring";
        try
        {
            File.Copy(backup, partial, overwrite: true);
            using (var copied = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite))
            {
                copied.Flush(flushToDisk: true);
            }

            // Only an empty database's files are replaced here (checked above); a stale -wal would otherwise be replayed into the restore.
            File.Delete(path + "-wal");
            File.Delete(path + "-shm");
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        // Lantern runs SQLite in WAL mode (DatabaseSetup.MigrateAsync); the backup was kept as one file in rollback mode.
        await using var restored = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await restored.OpenAsync(cancellationToken);
        await using var wal = restored.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = WAL;";
        await wal.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task RestorePostgresAsync(string backup, CancellationToken cancellationToken)
    {
        var connectionString = database.ResolvedConnectionString();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var tool = PostgresTools.Find("pg_restore");
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            try
            {
                await connection.OpenAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                throw new BackupRefusedException($"The database {builder.Database} does not exist; create it empty first (createdb), then restore into it.", e);
            }

            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')",
                connection);
            if ((long)(await command.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                throw new BackupRefusedException($"The database {builder.Database} already holds data; restore into a new, empty database (a restore never writes over one).");
            }
        }

        // One transaction: a restore that fails part-way leaves the database empty rather than half-restored. Owners and
        // grants are the old server's; the restoring account owns what it creates.
        await PostgresTools.RunAsync(tool,
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--no-password", $"--dbname={builder.Database}", backup],
            connectionString, cancellationToken);
    }
}
