using System.Globalization;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lantern.Core.Cases;

/// <summary>Hands out readable case references (LAN-000123) from a counter row, under its row lock.</summary>
public static class CaseReferences
{
    public const string CounterName = "case-reference";

    public static async Task<string> NextAsync(LanternDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A case reference must be taken inside the transaction that creates the case.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = $"UPDATE counters SET value = value + 1 WHERE name = '{CounterName}' RETURNING value";
        var value = (long)(await command.ExecuteScalarAsync(cancellationToken)
            ?? throw new InvalidOperationException("The case reference counter is missing: the database was not migrated."));
        return Format(value);
    }

    public static string Format(long value) => "LAN-" + value.ToString("D6", CultureInfo.InvariantCulture);
}
