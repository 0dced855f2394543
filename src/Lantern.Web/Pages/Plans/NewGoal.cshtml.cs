using Lantern.Core.Access;
using Lantern.Core.Plans;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Plans;

/// <summary>Adds a goal to a case's plan (the first goal starts the plan).</summary>
public sealed class NewGoalModel(PlanService plans, AccessScope scope) : GoalEditorModel(plans, scope)
{
    private readonly PlanService plans = plans;

    [FromRoute]
    public Guid CaseId { get; set; }

    [FromQuery(Name = "person")]
    public Guid? For { get; set; }

    public override string PagePath => $"/Cases/{CaseId}/Plan/Goals/New";

    protected override Guid? GoalId => null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (For is { } person && Plan.People.Any(p => p.Id == person))
        {
            Input.Person = person.ToString();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        RequirePerson();
        var input = ReadInput();
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            if (await plans.AddGoalAsync(CaseId, input, cancellationToken) is not { } goal)
            {
                return NotFound();
            }

            TempData["Success"] = "The goal has been added to the plan.";
            return Redirect($"/Cases/{CaseId}/Plan#goal-{goal.Id}");
        });
    }

    protected override async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(CaseId, "goal-form", cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        return MayWrite ? null : Forbid();
    }
}
