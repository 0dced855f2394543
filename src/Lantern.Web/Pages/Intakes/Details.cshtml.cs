using Lantern.Core.Access;
using Lantern.Core.Intakes;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Intakes;

/// <summary>Changes step one (where from, when, the account) of a draft intake; the "Change" links of the check page come here.</summary>
public sealed class DetailsModel(IntakeService intakes, CaseAccess access) : IntakeStep(intakes, access)
{
    [BindProperty]
    public ConcernFields Input { get; set; } = new();

    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Input = new ConcernFields
        {
            Source = Intake.Source,
            ReceivedOn = DateParts.From(Intake.ReceivedOn),
            Narrative = Intake.Narrative,
            Version = Intake.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        var input = IntakeForms.WithConcern(Intake, Input, ReadDate(Input.ReceivedOn, nameof(ConcernFields.ReceivedOn), "The date received"));
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        try
        {
            return await Intakes.UpdateAsync(id, input, cancellationToken) ? Redirect($"/Intakes/{id}/Check") : NotFound();
        }
        catch (InvalidInputException invalid)
        {
            AddErrors(invalid);
        }
        catch (EditConflictException)
        {
            HasConflict = true;
            ModelState.Remove("Input.Version");
            Input.Version = Intake.Version;
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }

        return Page();
    }
}
