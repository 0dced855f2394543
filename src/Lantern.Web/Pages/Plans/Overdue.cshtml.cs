using Lantern.Core.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Plans;

/// <summary>The team view: every case the user may see with goals or a plan review past their date.</summary>
public sealed class OverdueModel(PlanService plans) : PageModel
{
    public IReadOnlyList<OverduePlan> Overdue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overdue = await plans.OverdueAsync(mineOnly: false, cancellationToken);
}
