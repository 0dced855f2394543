using Lantern.Core.Plans;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.SafetyPlans;

/// <summary>Changes a safety plan; only those who may see it may change it.</summary>
public sealed class EditModel(SafetyPlanService safety, Lantern.Core.Access.AccessScope scope) : FormPageModel, ISafetyPlanForm
{
    protected override string InputPrefix => "Input";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public SafetyPlanFields Input { get; set; } = new();

    public SafetyPlanView Plan { get; private set; } = null!;

    public IReadOnlyList<Choice> People => [new(Plan.PersonId.ToString(), Plan.PersonName)];

    public string CancelUrl => $"/SafetyPlans/{Id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = SafetyPlanFields.From(Plan);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        return await ChangeAsync(async () =>
        {
            if (!await safety.UpdateAsync(Id, Input.ToInput(), cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "The safety plan has been saved.";
            return Redirect($"/SafetyPlans/{Id}");
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await safety.GetAsync(Id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        return scope.WritesCases ? null : Forbid();
    }
}
