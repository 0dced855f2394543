using Lantern.Core.Data;
using Lantern.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Plans;

/// <summary>
/// The plan printed for a family meeting: goals and the latest review, no checker findings, and never a safety
/// plan unless the person printing may see it and asks for it.
/// </summary>
public sealed class PrintModel(PlanService plans, SafetyPlanService safety, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "perPerson")]
    public bool PerPerson { get; set; }

    [FromQuery(Name = "safetyPlans")]
    public bool IncludeSafetyPlans { get; set; }

    public CasePlanView Plan { get; private set; } = null!;

    public IReadOnlyList<SafetyPlanView> SafetyPlans { get; private set; } = [];

    public DateOnly Today { get; } = clock.Today();

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(caseId, "print", cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        if (IncludeSafetyPlans)
        {
            // Plan.SafetyPlans holds only the plans this user may see; each is read (and audited) through the service.
            var loaded = new List<SafetyPlanView>();
            foreach (var summary in plan.SafetyPlans)
            {
                if (await safety.GetAsync(summary.Id, cancellationToken) is { } view)
                {
                    loaded.Add(view);
                }
            }

            SafetyPlans = loaded;
        }

        return Page();
    }

    public IEnumerable<(Practice.Planning.PlanPerson? Person, List<GoalView> Goals)> Groups() =>
        Plan.People.OrderBy(p => PlanLabels.Order(p.Role)).Select(p => ((Practice.Planning.PlanPerson?)p, Plan.GoalsOf(p.Id).ToList()))
            .Append((null, Plan.GoalsOf(null).ToList()))
            .Where(g => g.Item2.Count > 0);
}
