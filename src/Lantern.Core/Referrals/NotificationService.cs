using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Referrals;

/// <summary>
/// In-app notifications: the caller's own and her agency's (the query filter scopes them). An agency's notification is
/// read once for the agency, by whoever picks it up.
/// </summary>
public sealed class NotificationService(LanternDbContext db, TimeProvider clock)
{
    /// <summary>For the navigation bar: one counting query.</summary>
    public Task<int> UnreadCountAsync(CancellationToken cancellationToken = default) =>
        db.Scope.ReadsCases ? db.Notifications.CountAsync(n => !n.IsRead, cancellationToken) : Task.FromResult(0);

    public async Task<IReadOnlyList<NotificationView>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Notifications.AsNoTracking().OrderByDescending(n => n.CreatedAt).Take(100)
            .Select(n => new NotificationView(n.Id, n.Text, n.Link, n.CreatedAt, n.IsRead))
            .ToListAsync(cancellationToken);

    /// <returns>False when the notification is not the caller's.</returns>
    public async Task<bool> MarkReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notification is null)
        {
            return false;
        }

        if (!notification.IsRead)
        {
            notification.IsRead = true;
            notification.ReadById = db.Scope.UserId;
            notification.ReadAt = clock.Now();
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var unread = await db.Notifications.Where(n => !n.IsRead).ToListAsync(cancellationToken);
        var now = clock.Now();
        foreach (var notification in unread)
        {
            notification.IsRead = true;
            notification.ReadById = db.Scope.UserId;
            notification.ReadAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
