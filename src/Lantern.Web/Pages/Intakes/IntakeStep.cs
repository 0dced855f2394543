using Lantern.Core.Access;
using Lantern.Core.Intakes;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Intakes;

/// <summary>A step of a draft intake: loads it, and turns the user away when it is not theirs to change.</summary>
public abstract class IntakeStep(IntakeService intakes, CaseAccess access) : FormPageModel
{
    protected override string InputPrefix => "Input";

    protected IntakeService Intakes { get; } = intakes;

    public IntakeDetail Intake { get; private set; } = null!;

    /// <returns>Where to send the user instead (not found, forbidden, or the read-only view of a completed intake), or null to go on.</returns>
    protected async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Intakes.GetAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (!await access.MayChangeCaseAsync(found.CaseId, cancellationToken))
        {
            return Forbid();
        }

        Intake = found;
        return found.Status == IntakeStatus.Completed ? Redirect($"/Intakes/{id}") : null;
    }
}
