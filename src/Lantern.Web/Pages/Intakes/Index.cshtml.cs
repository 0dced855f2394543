using Lantern.Core.Access;
using Lantern.Core.Intakes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Intakes;

/// <summary>An intake as recorded, read-only (a draft links on to finishing it).</summary>
public sealed class IndexModel(IntakeService intakes, AccessScope scope) : PageModel
{
    public IntakeDetail Intake { get; private set; } = null!;
    public bool MayWrite => scope.WritesCases;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await intakes.GetAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Intake = found;
        return Page();
    }
}
