using Lantern.Core.Plans;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.SafetyPlans;

public sealed class GrantFields
{
    public Guid? UserId { get; set; }
    public string? Reason { get; set; }
}

/// <summary>One safety plan (every view audited), and who else may see it.</summary>
public sealed class DetailsModel(SafetyPlanService safety) : FormPageModel
{
    protected override string InputPrefix => "Grant";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public GrantFields Grant { get; set; } = new();

    public SafetyPlanView Plan { get; private set; } = null!;

    public IReadOnlyList<Choice> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ChangeAsync(async () =>
        {
            if (!await safety.GrantAsync(Id, new GrantInput { UserId = Grant.UserId, Reason = Grant.Reason }, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "Access given. They can now see this safety plan; every view is recorded.";
            return Redirect($"/SafetyPlans/{Id}#access");
        });
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid grantId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ChangeAsync(async () =>
        {
            if (!await safety.RevokeAsync(Id, grantId, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "Access taken away. It stops at once.";
            return Redirect($"/SafetyPlans/{Id}#access");
        });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await safety.GetAsync(Id, cancellationToken) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        if (plan.MayManageAccess)
        {
            Candidates = (await safety.CandidatesAsync(Id, cancellationToken)).Select(c => new Choice(c.Id.ToString(), c.Name)).ToList();
        }

        return true;
    }
}
