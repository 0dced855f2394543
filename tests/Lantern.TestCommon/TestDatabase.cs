using Lantern.Core.Data;
using Npgsql;

namespace Lantern.TestCommon;

/// <summary>
/// A fresh, empty database for one test fixture: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server that ./test.sh starts (LANTERN_TEST_PROVIDER=Postgres, LANTERN_TEST_POSTGRES=connection string).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFolder;
    private readonly string? postgresName;

    private TestDatabase(DatabaseOptions options, string? sqliteFolder, string? postgresName)
    {
        Options = options;
        this.sqliteFolder = sqliteFolder;
        this.postgresName = postgresName;
    }

    public DatabaseOptions Options { get; }

    public static DatabaseProvider Provider =>
        string.Equals(Environment.GetEnvironmentVariable("LANTERN_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static async Task<TestDatabase> CreateAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "lantern-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(folder, "lantern.db")}" };
            return new TestDatabase(options, folder, null);
        }

        var server = Environment.GetEnvironmentVariable("LANTERN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("LANTERN_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");
        var name = "lantern_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString }, null, name);
    }

    /// <summary>A new database holding what <paramref name="template"/> holds: a copy of the SQLite file, or a PostgreSQL database made from it as a template.</summary>
    public static async Task<TestDatabase> CopyOfAsync(TestDatabase template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.sqliteFolder is not null)
        {
            var copy = await CreateAsync();
            foreach (var file in Directory.GetFiles(template.sqliteFolder))
            {
                File.Copy(file, Path.Combine(copy.sqliteFolder!, Path.GetFileName(file)));
            }

            return copy;
        }

        var server = Environment.GetEnvironmentVariable("LANTERN_TEST_POSTGRES")!;
        var name = "lantern_test_" + Guid.NewGuid().ToString("N")[..12];
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE \"{template.postgresName}\"";
                await command.ExecuteNonQueryAsync();
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                // Another copy is being made from the template at this moment; PostgreSQL copies from one at a time.
                await Task.Delay(100 * attempt);
            }
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString }, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finishing host; the temporary folder is cleaned with the machine.
            }
        }

        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var server = Environment.GetEnvironmentVariable("LANTERN_TEST_POSTGRES")!;
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }
    }
}
