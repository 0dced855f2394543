using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Plans;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.SafetyPlans;

/// <summary>Writes a safety plan for the survivor or a child on a case.</summary>
public sealed class NewModel(SafetyPlanService safety, CaseService cases, AccessScope scope) : FormPageModel, ISafetyPlanForm
{
    protected override string InputPrefix => "Input";

    [FromRoute]
    public Guid CaseId { get; set; }

    [BindProperty]
    public SafetyPlanFields Input { get; set; } = new();

    public CaseDetail Case { get; private set; } = null!;

    public string CancelUrl => $"/Cases/{CaseId}/SafetyPlans";

    public IReadOnlyList<Choice> People => Case.Participants.Where(p => p.Role is ParticipantRole.Survivor or ParticipantRole.Child)
        .Select(p => new Choice(p.PersonId.ToString(), p.Name)).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (found, refusal) = await CaseToChangeAsync(cases, scope, CaseId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Case = found!;
        Input.PersonId = Case.Participants.FirstOrDefault(p => p.Role == ParticipantRole.Survivor)?.PersonId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (found, refusal) = await CaseToChangeAsync(cases, scope, CaseId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Case = found!;
        return await ChangeAsync(async () =>
        {
            if (await safety.CreateAsync(CaseId, Input.ToInput(), cancellationToken) is not { } plan)
            {
                return NotFound();
            }

            TempData["Success"] = "The safety plan has been saved. It is confidential.";
            return Redirect($"/SafetyPlans/{plan.Id}");
        });
    }
}
