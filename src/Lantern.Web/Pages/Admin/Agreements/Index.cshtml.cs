using Lantern.Core.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin.Agreements;

/// <summary>Sharing agreements: drafted, approved and suspended by administrators.</summary>
public sealed class IndexModel(SharingService sharing) : PageModel
{
    public IReadOnlyList<AgreementView> Agreements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agreements = await sharing.ListAgreementsAsync(cancellationToken);

    public async Task<IActionResult> OnPostStatusAsync(Guid id, AgreementStatus status, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(status) || !await sharing.SetStatusAsync(id, status, cancellationToken))
        {
            return NotFound();
        }

        TempData["Success"] = status == AgreementStatus.Active
            ? "The agreement is approved: cases can be shared under it."
            : "The agreement is suspended: every case shared under it has stopped being shared.";
        return Redirect("/Admin/Agreements");
    }
}
