using Lantern.Core.Access;
using Lantern.Core.Plans;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.RiskPlans;

/// <summary>Changes a risk management plan (a review moves the review date on). When someone else saved it first, shows it as it is now beside what the user typed.</summary>
public sealed class EditModel(RiskPlanService plans, AccessScope scope, CaseAccess access) : RiskPlanEditorModel(plans, scope)
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The plan as someone else saved it, after a conflict.</summary>
    public RiskPlanView? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        if (!MayWrite || !await access.MayChangeCaseAsync(PlanCaseId, cancellationToken))
        {
            return Forbid();
        }

        Input = RiskPlanFields.From(plan);
        PadRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is null)
        {
            return NotFound();
        }

        if (!MayWrite || !await access.MayChangeCaseAsync(PlanCaseId, cancellationToken))
        {
            return Forbid();
        }

        var input = ReadInput();
        if (HasErrors)
        {
            return ShowErrors(input);
        }

        PadRows();
        return await ChangeAsync(async () =>
        {
            if (!await Plans.UpdateAsync(Id, input, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "Your changes to the risk management plan have been saved.";
            return Redirect($"/RiskPlans/{Id}");
        });
    }

    protected override async Task OnEditConflictAsync()
    {
        Current = await Plans.GetAsync(Id, HttpContext.RequestAborted);
        if (Current is not null)
        {
            // Saving again now is a deliberate choice to replace what the other person saved (the hidden field is
            // written from Input, so the conflict message stays in the error summary).
            Input.Version = Current.Version;
        }
    }

    private async Task<RiskPlanView?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await Plans.GetAsync(Id, cancellationToken) is not { } plan)
        {
            return null;
        }

        CaseReference = plan.CaseReference;
        PlanCaseId = plan.CaseId;
        return plan;
    }
}
