using Lantern.Core.Access;
using Lantern.Core.Data;
using Lantern.Core.Map;
using Lantern.Core.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.People;

/// <summary>
/// One person across every case the user may see, with the other adults in each: a perpetrator's pattern
/// beyond the current relationship. A confidential address is shown only on request, and that is recorded.
/// </summary>
public sealed class DetailsModel(PersonService people, MapService map, AccessScope scope, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "showAddress")]
    public bool ShowAddress { get; set; }

    public PersonDetail Person { get; private set; } = null!;
    public bool MayWrite => scope.WritesCases;
    public DateOnly Today { get; } = clock.Today();

    /// <summary>His behaviour towards workers and professionals, in any case the user may see.</summary>
    public Practice.Mapping.WorkerSafetyAlert? WorkerSafety { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await people.GetAsync(id, ShowAddress, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Person = found;
        if (found.Cases.Any(c => c.Role == Core.Cases.ParticipantRole.Perpetrator))
        {
            WorkerSafety = await map.WorkerSafetyForPersonAsync(id, cancellationToken);
        }

        return Page();
    }
}
