using Lantern.Core.Reviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Reviews;

/// <summary>One case's reviews, and starting a review of it outside a sample.</summary>
public sealed class CaseModel(ReviewService reviews) : PageModel
{
    [FromRoute]
    public Guid CaseId { get; set; }

    public string Reference { get; private set; } = "";
    public IReadOnlyList<ReviewSummary> Reviews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await reviews.ForCaseAsync(CaseId, cancellationToken) is not { } list)
        {
            return NotFound();
        }

        Reviews = list.Reviews;
        Reference = list.Reference;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await reviews.StartAsync(CaseId, cancellationToken) is { } id ? Redirect($"/Reviews/{id}") : NotFound();
}
