using System.Data.Common;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lantern.Core.Audit;

/// <summary>
/// Links events into the hash chain inside the caller's transaction. Moving the head row first takes its row
/// lock, so appends from every connection and every web instance are serialised; a rolled-back transaction
/// rolls the head back too, which keeps the sequence gapless.
/// </summary>
public static class AuditChain
{
    public static async Task LinkAsync(LanternDbContext db, IDbContextTransaction transaction, IReadOnlyList<AuditEvent> events,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        long last;
        string previousHash;
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText =
                "UPDATE audit_chain_head SET last_sequence = last_sequence + @count WHERE id = 1 RETURNING last_sequence, last_hash";
            AddParameter(command, "@count", (long)events.Count);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException("The audit chain head row is missing: the database was not migrated.");
            }

            last = reader.GetInt64(0);
            previousHash = reader.GetString(1);
        }

        var sequence = last - events.Count;
        foreach (var audit in events)
        {
            audit.Sequence = ++sequence;
            audit.PreviousHash = previousHash;
            audit.Hash = AuditHash.Compute(audit);
            previousHash = audit.Hash;
        }

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = "UPDATE audit_chain_head SET last_hash = @hash WHERE id = 1";
            AddParameter(command, "@hash", previousHash);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
