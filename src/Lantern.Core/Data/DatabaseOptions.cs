namespace Lantern.Core.Data;

/// <summary>Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, a path or a full connection string; for PostgreSQL, a connection string.</summary>
    public string? ConnectionString { get; set; }

    public bool MigrateOnStartup { get; set; } = true;

    public string ResolvedConnectionString() => Provider switch
    {
        DatabaseProvider.Sqlite => ConnectionString is null or "" ? "Data Source=data/lantern.db"
            : ConnectionString.Contains('=', StringComparison.Ordinal) ? ConnectionString : $"Data Source={ConnectionString}",
        DatabaseProvider.Postgres => string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.")
            : WithAutoPrepare(ConnectionString),
    };

    private static volatile Resolved? lastResolved;

    private sealed record Resolved(string Given, string Result);

    /// <summary>
    /// Unless the connection string says otherwise, Npgsql prepares a statement on the server once it has run twice on a
    /// connection, so PostgreSQL plans the scope's nested filters once per connection rather than on every execution: on
    /// 100,000 cases the case page went from 329 to 445 requests/s (bench/RESULTS.md). Npgsql drops a prepared statement
    /// when a table it reads changes shape.
    /// </summary>
    private static string WithAutoPrepare(string given)
    {
        // Called for every unit of work: the answer for the last string given is kept.
        if (lastResolved is { } last && ReferenceEquals(last.Given, given))
        {
            return last.Result;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(given);
        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        var result = builder.ConnectionString;
        lastResolved = new Resolved(given, result);
        return result;
    }
}
