using Lantern.Core.Referrals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin.Services;

/// <summary>The directory of services families are referred to: administrators add, deactivate and reactivate.</summary>
public sealed class IndexModel(ServiceDirectory directory) : PageModel
{
    public IReadOnlyList<ServiceView> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Services = await directory.ListAsync(activeOnly: false, cancellationToken);

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        if (!await directory.SetActiveAsync(id, active, cancellationToken))
        {
            return NotFound();
        }

        TempData["Success"] = active ? "The service is offered again for new referrals." : "The service is no longer offered for new referrals. Referrals already made are kept.";
        return Redirect("/Admin/Services");
    }
}
