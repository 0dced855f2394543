using Lantern.Core.Access;
using Lantern.Core.Intakes;
using Lantern.Core.Validation;
using Lantern.Practice.Screening;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Intakes;

/// <summary>Step three: check the answers, then complete. An incomplete or contradictory screening cannot complete.</summary>
public sealed class CheckModel(IntakeService intakes, CaseAccess access, LanternSettings settings) : IntakeStep(intakes, access)
{
    protected override string InputPrefix => "";

    [BindProperty]
    public uint? Version { get; set; }

    /// <summary>What stands in the way of completing, known before the user tries.</summary>
    public IReadOnlyList<ScreeningProblem> Problems { get; private set; } = [];

    public bool HasConflict { get; private set; }

    public string PerpetratorTerm => settings.PerpetratorTerm;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Problems = ScreeningCompleteness.Check(IntakeForms.ScreeningOf(Intake)).OrderBy(p => IntakeForms.Order(p.Field)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        try
        {
            if (Version is null)
            {
                throw new EditConflictException();
            }

            if (!await Intakes.CompleteAsync(id, Version.Value, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = $"The intake has been completed. Domestic abuse screening: {Labels.For(Intake.ScreeningOutcome).ToLowerInvariant()}.";
            return Redirect($"/Cases/{Intake.CaseId}");
        }
        catch (InvalidInputException invalid)
        {
            foreach (var (field, messages) in invalid.Errors.OrderBy(e => IntakeForms.Order(e.Key)))
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, IntakeForms.Describe(field, message));
                }
            }
        }
        catch (EditConflictException)
        {
            HasConflict = true;
            if (await LoadAsync(id, cancellationToken) is { } moved)
            {
                return moved;
            }

            Problems = ScreeningCompleteness.Check(IntakeForms.ScreeningOf(Intake)).OrderBy(p => IntakeForms.Order(p.Field)).ToList();
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }

        ModelState.Remove(nameof(Version));
        return Page();
    }

    public override string? ErrorLink(string field) => IntakeForms.ScreeningLink(Intake.Id, field);
}
