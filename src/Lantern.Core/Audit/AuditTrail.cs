using System.Data.Common;
using Lantern.Core.Access;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lantern.Core.Audit;

/// <summary>
/// Appends to the hash-chained audit trail in the same transaction as the change (or read) it records.
/// The chain head row is updated first, which takes its row lock: appends are serialised, and sequence
/// numbers stay gapless because a rolled-back transaction also rolls back the head.
/// </summary>
public sealed class AuditTrail(LanternDbContext db, TimeProvider clock)
{
    /// <summary>The name recorded for an actor when a user name is known (sign-in attempts, for example).</summary>
    public string? ActorName { get; set; }

    /// <summary>
    /// Saves the context's pending changes together with the given audit entries, in one transaction.
    /// With no pending changes this records a read.
    /// </summary>
    public async Task SaveAsync(CancellationToken cancellationToken, params AuditEntry[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ownTransaction = db.Database.CurrentTransaction is null;
        var transaction = db.Database.CurrentTransaction ?? await db.Database.BeginTransactionAsync(cancellationToken);
        var appended = new List<AuditEvent>(entries.Length);
        try
        {
            foreach (var entry in entries)
            {
                appended.Add(await AppendAsync(transaction, entry, cancellationToken));
            }

            await db.SaveChangesAsync(cancellationToken);
            if (ownTransaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            // The rows were rolled back with the transaction; do not let a retry save them out of sequence.
            foreach (var audit in appended)
            {
                db.Entry(audit).State = EntityState.Detached;
            }

            throw;
        }
        finally
        {
            if (ownTransaction)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    private async Task<AuditEvent> AppendAsync(IDbContextTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        long sequence;
        string previousHash;
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText =
                "UPDATE audit_chain_head SET last_sequence = last_sequence + 1 WHERE id = 1 RETURNING last_sequence, last_hash";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException("The audit chain head row is missing: the database was not migrated.");
            }

            sequence = reader.GetInt64(0);
            previousHash = reader.GetString(1);
        }

        var scope = db.Scope;
        var audit = new AuditEvent
        {
            Sequence = sequence,
            OccurredAt = clock.Now(),
            UserId = scope.Kind == ScopeKind.User ? scope.UserId : null,
            UserName = ActorName,
            AgencyId = scope.Kind == ScopeKind.User ? scope.AgencyId : null,
            Role = scope.PrimaryRole,
            Action = entry.Action,
            CaseId = entry.CaseId,
            PersonId = entry.PersonId,
            SubjectId = entry.SubjectId,
            Outcome = entry.Outcome,
            Detail = entry.Detail,
            PreviousHash = previousHash,
            Hash = "",
        };
        audit.Hash = AuditHash.Compute(audit);

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = "UPDATE audit_chain_head SET last_hash = @hash WHERE id = 1";
            AddParameter(command, "@hash", audit.Hash);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        db.AuditEvents.Add(audit);
        return audit;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
