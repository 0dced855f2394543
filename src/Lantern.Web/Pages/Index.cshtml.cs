using Lantern.Core.Access;
using Lantern.Core.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

public sealed class IndexModel(CaseService cases, Core.Plans.PlanService plans, AccessScope scope) : PageModel
{
    public CasePage Caseload { get; private set; } = new([], 1, 25, 0);
    public bool MayRecord => scope.WritesCases;

    /// <summary>Her cases with goals or a plan review past their date.</summary>
    public IReadOnlyList<Core.Plans.OverduePlan> Overdue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!scope.ReadsCases)
        {
            // Administrators manage accounts and agencies; they read no case content.
            return scope.IsAdministrator ? Redirect("/Admin") : Forbid();
        }

        Caseload = await cases.ListAsync(new CaseListQuery(MineOnly: true, PageSize: 100), cancellationToken);
        Overdue = await plans.OverdueAsync(mineOnly: true, cancellationToken);
        return Page();
    }
}
