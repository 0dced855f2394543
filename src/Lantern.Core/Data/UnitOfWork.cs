using Microsoft.EntityFrameworkCore.Storage;

namespace Lantern.Core.Data;

/// <summary>Joins the transaction already open on the context, or opens one that this caller commits.</summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly IDbContextTransaction? owned;

    private UnitOfWork(IDbContextTransaction? owned) => this.owned = owned;

    public static async Task<UnitOfWork> BeginAsync(LanternDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.CurrentTransaction is null
            ? new UnitOfWork(await db.Database.BeginTransactionAsync(cancellationToken))
            : new UnitOfWork(null);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => owned?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
