using Lantern.Core.Referrals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Notifications;

/// <summary>The user's notifications and her agency's, newest first; each can be marked as read.</summary>
public sealed class IndexModel(NotificationService notifications) : PageModel
{
    public IReadOnlyList<NotificationView> Notifications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Notifications = await notifications.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await notifications.MarkReadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return Redirect("/Notifications");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await notifications.MarkAllReadAsync(cancellationToken);
        TempData["Success"] = "Every notification is marked as read.";
        return Redirect("/Notifications");
    }
}
