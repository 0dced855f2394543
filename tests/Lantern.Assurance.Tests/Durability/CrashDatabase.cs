using Lantern.Core.Data;

namespace Lantern.Assurance.Tests.Durability;

/// <summary>The database a crash run writes to: how the server reaches it, how it is crashed alongside the server, and how it is checked.</summary>
internal abstract class CrashDatabase : IAsyncDisposable
{
    public abstract string Name { get; }

    /// <summary>A folder of the run's own, for the server to work in.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("lantern-crash.").FullName;

    /// <summary>The server's settings, as an operator would give them.</summary>
    public abstract IReadOnlyDictionary<string, string> ServerEnvironment { get; }

    /// <summary>How the check reads the database: no pooled connections, so none outlives a crash.</summary>
    public abstract DatabaseOptions CheckOptions { get; }

    /// <summary>What happens to the database at the moment the server is killed.</summary>
    public virtual Task CrashAsync() => Task.CompletedTask;

    public virtual Task RestartAsync() => Task.CompletedTask;

    /// <summary>"ok" when the database's own check finds its storage sound.</summary>
    public abstract Task<string> IntegrityAsync(LanternDbContext db);

    public virtual ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    protected static Dictionary<string, string> Settings(DatabaseProvider provider, string connectionString) => new()
    {
        ["Database__Provider"] = provider.ToString(),
        ["Database__ConnectionString"] = connectionString,
        ["Database__MigrateOnStartup"] = "true",
        ["Lantern__Demo"] = "true",
        // Plain http on loopback, as in demo mode; the harness sends bearer tokens, not cookies.
        ["Lantern__RequireHttps"] = "false",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}

/// <summary>A SQLite file as configured in production: WAL, synchronous=FULL (set by the app on every connection).</summary>
internal sealed class SqliteCrashDatabase : CrashDatabase
{
    private string File => Path.Combine(Folder, "lantern.db");

    public override string Name => "SQLite";

    public override IReadOnlyDictionary<string, string> ServerEnvironment => Settings(DatabaseProvider.Sqlite, $"Data Source={File}");

    public override DatabaseOptions CheckOptions => new() { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={File};Pooling=False" };

    public override Task<string> IntegrityAsync(LanternDbContext db) => RecordsAfterCrash.SqliteIntegrityAsync(db);
}

/// <summary>The harness's own PostgreSQL cluster (fsync on), stopped with an immediate stop whenever the server is killed.</summary>
internal sealed class PostgresCrashDatabase(PostgresCluster cluster) : CrashDatabase
{
    public override string Name => "PostgreSQL";

    public override IReadOnlyDictionary<string, string> ServerEnvironment =>
        Settings(DatabaseProvider.Postgres, cluster.ConnectionString.Replace("Pooling=false", "Pooling=true", StringComparison.Ordinal));

    public override DatabaseOptions CheckOptions => new() { Provider = DatabaseProvider.Postgres, ConnectionString = cluster.ConnectionString };

    public override Task CrashAsync() => cluster.StopImmediatelyAsync();

    public override Task RestartAsync() => cluster.StartAsync();

    public override Task<string> IntegrityAsync(LanternDbContext db) => RecordsAfterCrash.PostgresIntegrityAsync(db);

    public override async ValueTask DisposeAsync()
    {
        await cluster.DisposeAsync();
        await base.DisposeAsync();
    }
}
