using Lantern.Core.Access;
using Lantern.Core.Data;
using Lantern.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.RiskPlans;

/// <summary>One risk management plan, laid out to print.</summary>
public sealed class DetailsModel(RiskPlanService plans, AccessScope scope, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public RiskPlanView Plan { get; private set; } = null!;

    public bool MayWrite => scope.WritesCases;

    public DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(Id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        return Page();
    }
}
