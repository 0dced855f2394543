using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Implementation.PracticeMeetings;

/// <summary>One practice meeting, with only the cases discussed that the reader may see.</summary>
public sealed class DetailsModel(PracticeMeetingService meetings) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public PracticeMeetingView Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await meetings.GetAsync(Id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        Meeting = meeting;
        return Page();
    }
}
