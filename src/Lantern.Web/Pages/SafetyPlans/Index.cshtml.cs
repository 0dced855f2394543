using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.SafetyPlans;

/// <summary>The safety plans on a case that the user may see; others never learn that more exist.</summary>
public sealed class IndexModel(SafetyPlanService safety, CaseService cases, AccessScope scope) : PageModel
{
    public CaseDetail Case { get; private set; } = null!;

    public IReadOnlyList<SafetyPlanSummary> Plans { get; private set; } = [];

    public bool MayWrite => scope.WritesCases;

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(caseId, cancellationToken) is not { } found || await safety.ListForCaseAsync(caseId, cancellationToken) is not { } plans)
        {
            return NotFound();
        }

        Case = found;
        Plans = plans;
        return Page();
    }
}
