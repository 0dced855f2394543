using Lantern.Core.Access;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Audit;

/// <summary>
/// Writes audit events for the current caller. Events recording a change are linked into the chain in the
/// same transaction as the change; events recording a read go through the group writer, and the caller waits
/// until they are committed.
/// </summary>
public sealed class AuditTrail(LanternDbContext db, TimeProvider clock, AuditGroupWriter? groupWriter = null)
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
        var events = entries.Select(Describe).ToList();
        if (groupWriter is not null && db.Database.CurrentTransaction is null && !db.ChangeTracker.HasChanges())
        {
            await groupWriter.WriteAsync(events, cancellationToken);
            return;
        }

        var ownTransaction = db.Database.CurrentTransaction is null;
        var transaction = db.Database.CurrentTransaction ?? await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await AuditChain.LinkAsync(db, transaction, events, cancellationToken);
            db.AuditEvents.AddRange(events);
            await db.SaveChangesAsync(cancellationToken);
            if (ownTransaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            // The rows were rolled back with the transaction; do not let a retry save them out of sequence.
            foreach (var audit in events)
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

    private AuditEvent Describe(AuditEntry entry)
    {
        var scope = db.Scope;
        return new AuditEvent
        {
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
            PreviousHash = "",
            Hash = "",
        };
    }
}
