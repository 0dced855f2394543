using Lantern.Core.Access;
using Lantern.Core.Plans;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Plans;

/// <summary>Changes a goal, or takes it out of the plan.</summary>
public sealed class EditGoalModel(PlanService plans, AccessScope scope) : GoalEditorModel(plans, scope)
{
    private readonly PlanService plans = plans;

    [FromRoute]
    public Guid Id { get; set; }

    public override string PagePath => $"/PlanGoals/{Id}/Edit";

    protected override Guid? GoalId => Id;

    public GoalView Goal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = GoalFields.From(Goal);
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
            if (!await plans.UpdateGoalAsync(Id, input, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "Your changes to the goal have been saved.";
            return Redirect($"/Cases/{Plan.CaseId}/Plan#goal-{Id}");
        });
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        return await ChangeAsync(async () =>
        {
            if (!await plans.RemoveGoalAsync(Id, Input.Version ?? 0, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "The goal has been taken out of the plan.";
            return Redirect($"/Cases/{Plan.CaseId}/Plan");
        });
    }

    protected override async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await plans.GetGoalAsync(Id, cancellationToken) is not { } found || await plans.GetAsync(found.CaseId, "goal-form", cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Goal = found.Goal;
        Plan = plan;
        return MayWrite ? null : Forbid();
    }
}
