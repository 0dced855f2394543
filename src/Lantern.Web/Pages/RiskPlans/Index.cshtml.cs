using Lantern.Core.Access;
using Lantern.Core.Data;
using Lantern.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.RiskPlans;

/// <summary>A case's risk management plans, newest first.</summary>
public sealed class IndexModel(RiskPlanService plans, AccessScope scope, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid CaseId { get; set; }

    public RiskPlanList List { get; private set; } = null!;

    public bool MayWrite => scope.WritesCases;

    public DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await plans.ListForCaseAsync(CaseId, cancellationToken) is not { } list)
        {
            return NotFound();
        }

        List = list;
        return Page();
    }
}
