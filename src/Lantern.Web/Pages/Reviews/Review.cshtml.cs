using Lantern.Core.Reviews;
using Lantern.Practice.Review;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Reviews;

public sealed class CriterionFields
{
    public ReviewCriterion Criterion { get; set; }
    public ReviewRating? Rating { get; set; }
    public string? ChangeReason { get; set; }
}

public sealed class ReviewFields
{
    public List<CriterionFields> Criteria { get; set; } = [];
    public string? Summary { get; set; }
    public uint? Version { get; set; }
}

/// <summary>One case review: each criterion's pre-score with its reasons and evidence, and the reviewer's rating.</summary>
public sealed class ReviewModel(ReviewService reviews) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    protected override string InputPrefix => "Input";

    [BindProperty]
    public ReviewFields Input { get; set; } = new();

    public CaseReviewView Review { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await reviews.GetAsync(Id, cancellationToken) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        Input = new ReviewFields
        {
            Version = review.Version,
            Summary = review.Summary,
            Criteria = [.. review.Criteria.Select(c => new CriterionFields { Criterion = c.Criterion, Rating = c.Rating ?? c.PreScore, ChangeReason = c.ChangeReason })],
        };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => SaveAsync(confirm: false, cancellationToken);

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken) => SaveAsync(confirm: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool confirm, CancellationToken cancellationToken)
    {
        if (await reviews.GetAsync(Id, cancellationToken) is not { } review)
        {
            return NotFound();
        }

        Review = review;

        // The criteria come from the review itself, in its order, whatever was posted: only ratings and reasons are the reviewer's.
        var posted = Input.Criteria.Where(c => Enum.IsDefined(c.Criterion)).GroupBy(c => c.Criterion).ToDictionary(g => g.Key, g => g.First());
        Input.Criteria = [.. review.Criteria.Select(c => posted.GetValueOrDefault(c.Criterion) is { } p
            ? new CriterionFields { Criterion = c.Criterion, Rating = p.Rating, ChangeReason = p.ChangeReason }
            : new CriterionFields { Criterion = c.Criterion })];
        return await ChangeAsync(async () =>
        {
            var input = new ReviewInput
            {
                Version = Input.Version,
                Summary = Input.Summary,
                Confirm = confirm,
                Criteria = [.. Input.Criteria.Select(c => new CriterionInput { Criterion = c.Criterion, Rating = c.Rating, ChangeReason = c.ChangeReason })],
            };
            if (!await reviews.SaveAsync(Id, input, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = confirm ? "The review has been confirmed." : "Your ratings have been saved. Confirm the review when you have finished.";
            return Redirect(confirm && review.SampleId is { } sample ? $"/Reviews/Samples/{sample}" : $"/Reviews/{Id}");
        });
    }

    protected override async Task OnEditConflictAsync()
    {
        if (await reviews.GetAsync(Id, HttpContext.RequestAborted) is { } current)
        {
            Review = current;
            Input.Version = current.Version;
        }
    }
}
