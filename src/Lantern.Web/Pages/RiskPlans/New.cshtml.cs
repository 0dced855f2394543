using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Plans;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.RiskPlans;

/// <summary>Writes a risk management plan for a case.</summary>
public sealed class NewModel(RiskPlanService plans, CaseService cases, AccessScope scope) : RiskPlanEditorModel(plans, scope)
{
    [FromRoute]
    public Guid CaseId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        PadRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var input = ReadInput();
        if (HasErrors)
        {
            return ShowErrors(input);
        }

        PadRows();
        return await ChangeAsync(async () =>
        {
            if (await Plans.CreateAsync(CaseId, input, cancellationToken) is not { } created)
            {
                return NotFound();
            }

            TempData["Success"] = "The risk management plan has been saved.";
            return Redirect($"/RiskPlans/{created.Id}");
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var (found, refusal) = await CaseToChangeAsync(cases, Scope, CaseId, cancellationToken);
        if (found is null)
        {
            return refusal;
        }

        CaseReference = found.Reference;
        PlanCaseId = found.Id;
        return null;
    }
}
