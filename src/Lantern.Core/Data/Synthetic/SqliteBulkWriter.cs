using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lantern.Core.Data.Synthetic;

/// <summary>
/// Writes the records a synthetic load has added to the change tracker straight into SQLite: one prepared INSERT per
/// table and column set, reused for every row, in one transaction with foreign keys checked at commit. Each value is
/// bound by the property's own EF type mapping, so a row is stored exactly as SaveChanges would store it; only the
/// per-row command building of SaveChanges is skipped (it wrote about 7,000 rows a second here).
/// </summary>
internal sealed class SqliteBulkWriter(LanternDbContext db) : IDisposable
{
    private readonly Dictionary<(IEntityType, string), DbCommand> commands = [];

    /// <returns>The rows written.</returns>
    public async Task<int> WriteAddedAsync(CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON;", cancellationToken);
        var dbTransaction = transaction.GetDbTransaction();
        foreach (var entry in added)
        {
            var columns = Columns(entry).ToList();
            var command = CommandFor(entry.Metadata, columns, dbTransaction);
            for (var i = 0; i < columns.Count; i++)
            {
                command.Parameters[i].Value = Stored(columns[i], entry.Property(columns[i]).CurrentValue);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return added.Count;
    }

    /// <summary>The columns a row gives a value for: every one but those the database fills in (a default for an unset value).</summary>
    private static IEnumerable<IProperty> Columns(EntityEntry entry) =>
        entry.Metadata.GetProperties().Where(p => !Defaulted(p, entry.Property(p)));

    private static bool Defaulted(IProperty property, PropertyEntry value) =>
        value.IsTemporary
        || (property.ValueGenerated != ValueGenerated.Never && (property.GetDefaultValueSql() is not null || property.GetDefaultValue() is not null)
            && Equals(value.CurrentValue, property.ClrType.IsValueType ? Activator.CreateInstance(property.ClrType) : null));

    private DbCommand CommandFor(IEntityType entityType, List<IProperty> columns, DbTransaction transaction)
    {
        var key = (entityType, string.Join(',', columns.Select(c => c.Name)));
        if (commands.TryGetValue(key, out var command))
        {
            command.Transaction = transaction;
            return command;
        }

        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Count; i++)
        {
            var mapping = (RelationalTypeMapping)columns[i].GetRelationalTypeMapping();
            command.Parameters.Add(mapping.CreateParameter(command, $"@p{i}", null, columns[i].IsNullable));
        }

        command.Prepare();
        commands[key] = command;
        return command;
    }

    /// <summary>The value as the column stores it: through the property's converter, as EF's own parameters do.</summary>
    private static object Stored(IProperty property, object? value)
    {
        var converter = property.GetTypeMapping().Converter;
        return (converter is not null && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }
    }
}
