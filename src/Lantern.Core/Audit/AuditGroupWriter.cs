using System.Threading.Channels;
using Lantern.Core.Access;
using Lantern.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Core.Audit;

/// <summary>
/// Group commit for audit events that record reads. Each request waits until its events are committed before
/// it answers (no read goes unaudited), but the events of every request waiting at that moment share one
/// transaction: one chain-head lock and one disk sync instead of one each. Changes to case data do not come
/// here; their events are written in the change's own transaction.
/// </summary>
public sealed class AuditGroupWriter(IServiceScopeFactory scopes)
{
    private const int MaxBatch = 512;
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private int draining;

    private sealed record Pending(IReadOnlyList<AuditEvent> Events, TaskCompletionSource Done);

    public Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        var pending = new Pending(events, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        queue.Writer.TryWrite(pending);
        if (Interlocked.Exchange(ref draining, 1) == 0)
        {
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var batch = new List<Pending>();
            var count = 0;
            while (count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                count += pending.Events.Count;
            }

            if (batch.Count == 0)
            {
                Volatile.Write(ref draining, 0);

                // Something may have arrived between the last read and clearing the flag.
                if (queue.Reader.TryPeek(out _) && Interlocked.Exchange(ref draining, 1) == 0)
                {
                    continue;
                }

                return;
            }

            try
            {
                await FlushAsync(batch.SelectMany(p => p.Events).ToList());
                batch.ForEach(p => p.Done.TrySetResult());
            }
#pragma warning disable CA1031 // Whatever failed, every waiting request must hear of it rather than hang.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                batch.ForEach(p => p.Done.TrySetException(ex));
            }
        }
    }

    private async Task FlushAsync(List<AuditEvent> events)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await AuditChain.LinkAsync(db, transaction, events, CancellationToken.None);
        db.AuditEvents.AddRange(events);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
