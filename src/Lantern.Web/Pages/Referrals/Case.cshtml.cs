using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Referrals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Referrals;

/// <summary>The referrals made from a case.</summary>
public sealed class CaseModel(ReferralService referrals, CaseService cases, AccessScope scope) : PageModel
{
    [FromRoute]
    public Guid CaseId { get; set; }

    public CaseDetail Case { get; private set; } = null!;

    public IReadOnlyList<ReferralView> Referrals { get; private set; } = [];

    /// <summary>Referrals are made by the case's own agency.</summary>
    public bool MayRefer => scope.WritesCases && Case.OwningAgencyId == scope.AgencyId;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(CaseId, cancellationToken) is not { } found || await referrals.ForCaseAsync(CaseId, cancellationToken) is not { } list)
        {
            return NotFound();
        }

        Case = found;
        Referrals = list;
        return Page();
    }
}
