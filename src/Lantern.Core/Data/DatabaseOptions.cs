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
            : ConnectionString,
    };
}
