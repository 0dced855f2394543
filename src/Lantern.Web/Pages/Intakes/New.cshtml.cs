using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Intakes;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Intakes;

/// <summary>
/// Step one of recording a concern: where it came from, when, and what was said. It is saved as a draft on the
/// given case, or on a new case opened in intake, and the journey goes on to the domestic abuse screening.
/// </summary>
public sealed class NewModel(IntakeService intakes, CaseService cases, AccessScope scope, TimeProvider clock) : FormPageModel
{
    protected override string InputPrefix => "Input";

    /// <summary>Text, so that a malformed case id in the address is refused rather than quietly opening a new case.</summary>
    [BindProperty(SupportsGet = true, Name = "caseId")]
    public string? CaseIdText { get; set; }

    [BindProperty]
    public ConcernFields Input { get; set; } = new();

    public CaseDetail? Case { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input.ReceivedOn = DateParts.From(clock.Today());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var input = new IntakeInput
        {
            Source = Input.Source,
            ReceivedOn = ReadDate(Input.ReceivedOn, nameof(ConcernFields.ReceivedOn), "The date received"),
            Narrative = Input.Narrative,
        };
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            if (await intakes.CreateAsync(Case?.Id, input, cancellationToken) is not { } intake)
            {
                return NotFound();
            }

            return Redirect($"/Intakes/{intake.Id}/Screening");
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(CaseIdText))
        {
            if (!Guid.TryParse(CaseIdText, out var caseId) || await cases.GetAsync(caseId, cancellationToken) is not { } found)
            {
                return NotFound();
            }

            Case = found;
        }

        return scope.WritesCases ? null : Forbid();
    }
}
