using Lantern.Core.Reviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Reviews;

/// <summary>A sample's cases with their pre-scores, to work through one by one.</summary>
public sealed class SampleModel(ReviewService reviews) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public SampleView Sample { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await reviews.SampleAsync(Id, cancellationToken) is not { } sample)
        {
            return NotFound();
        }

        Sample = sample;
        return Page();
    }
}
