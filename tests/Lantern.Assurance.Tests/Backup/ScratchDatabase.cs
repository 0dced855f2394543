using Lantern.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantern.Assurance.Tests.Backup;

/// <summary>
/// A database of a named provider whatever LANTERN_TEST_PROVIDER says, because a restore is tested on both: a SQLite
/// file not yet created in a new temporary folder, or a new empty database on the PostgreSQL server of
/// LANTERN_TEST_POSTGRES. Removed on dispose.
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string? folder;
    private readonly string? postgresName;

    private ScratchDatabase(DatabaseOptions options, string? folder, string? postgresName)
    {
        Options = options;
        this.folder = folder;
        this.postgresName = postgresName;
    }

    public DatabaseOptions Options { get; }

    public string Provider => Options.Provider.ToString();

    public string Connection => Options.ConnectionString!;

    /// <summary>A connection to the server's maintenance database, or a clear failure when no server was given.</summary>
    public static string PostgresServer(string database) =>
        new NpgsqlConnectionStringBuilder(AssuranceSuite.PostgresServer
            ?? throw new InvalidOperationException(
                "LANTERN_TEST_POSTGRES is not set, so the PostgreSQL backup and restore cannot be tested: run ./test.sh, which starts a server, "
                + "or set it to a server that trusts the test user (Host=127.0.0.1;Port=…;Username=…)."))
        { Database = database, Pooling = false }.ConnectionString;

    public static async Task<ScratchDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "lantern-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new ScratchDatabase(new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={Path.Combine(folder, "lantern.db")};Pooling=False" },
                folder, null);
        }

        var name = "lantern_backup_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(PostgresServer("postgres"), $"CREATE DATABASE \"{name}\"");
        var options = new DatabaseOptions { Provider = provider, ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer(name)) { Pooling = true }.ConnectionString };
        return new ScratchDatabase(options, null, name);
    }

    /// <summary>Whether the database holds any table (a refused restore must leave it as it was).</summary>
    public async Task<bool> HoldsAnythingAsync()
    {
        if (folder is not null)
        {
            var path = new SqliteConnectionStringBuilder(Connection).DataSource;
            return File.Exists(path) && new FileInfo(path).Length > 0;
        }

        await using var connection = new NpgsqlConnection(PostgresServer(postgresName!));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finishing host; the temporary folder is cleaned with the machine.
            }
        }

        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(PostgresServer("postgres"), $"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
