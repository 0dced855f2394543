using Lantern.Core.Access;
using Lantern.Core.Data;
using Lantern.Core.Plans;
using Lantern.Practice.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Plans;

/// <summary>The case plan: goals per person (his first), the checker's findings beside them, and the reviews.</summary>
public sealed class IndexModel(PlanService plans, AccessScope scope, TimeProvider clock) : PageModel
{
    public CasePlanView Plan { get; private set; } = null!;

    /// <summary>Goals are the case's own agency's to write; a partner whose agreement gives it plans reads them.</summary>
    public bool MayWrite => scope.WritesCases && Plan.MayChange;

    public DateOnly Today { get; } = clock.Today();

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(caseId, "plan", cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Plan = found;
        return Page();
    }

    /// <summary>People in plan order, and a last group for goals written for more than one person.</summary>
    public IEnumerable<(PlanPerson? Person, List<GoalView> Goals)> Groups() =>
        Plan.People.OrderBy(p => PlanLabels.Order(p.Role)).Select(p => ((PlanPerson?)p, Plan.GoalsOf(p.Id).ToList()))
            .Append((null, Plan.GoalsOf(null).ToList()));

    public string FindingLink(PlanFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.GoalId is { } goal ? $"#goal-{goal}" : finding.PersonId is { } person ? $"#person-{person}" : "#goals";
    }
}
