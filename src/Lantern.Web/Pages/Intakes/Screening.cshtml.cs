using Lantern.Core.Access;
using Lantern.Core.Intakes;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Intakes;

/// <summary>Step two: the domestic abuse screening, asked at every intake whatever the presenting concern.</summary>
public sealed class ScreeningModel(IntakeService intakes, CaseAccess access) : IntakeStep(intakes, access)
{
    [BindProperty]
    public ScreeningFields Input { get; set; } = new();

    /// <summary>"case" when the user chose to stop here and come back later.</summary>
    [BindProperty]
    public string? Then { get; set; }

    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Input = ScreeningFields.From(Intake);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        if (HasErrors)
        {
            return Page();
        }

        try
        {
            if (!await Intakes.UpdateAsync(id, IntakeForms.WithScreening(Intake, Input), cancellationToken))
            {
                return NotFound();
            }

            if (Then == "case")
            {
                TempData["Success"] = "The intake has been saved as a draft. Complete it from the concerns list below.";
                return Redirect($"/Cases/{Intake.CaseId}");
            }

            return Redirect($"/Intakes/{id}/Check");
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
