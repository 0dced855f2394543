using Lantern.Core.Access;
using Lantern.Core.Data;
using Lantern.Core.Reviews;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Reviews;

public sealed class SampleFields
{
    public Guid? TeamId { get; set; }
    public DateParts PeriodFrom { get; set; } = new();
    public DateParts PeriodTo { get; set; } = new();
    public string? Size { get; set; }
    public string? Seed { get; set; }
}

/// <summary>Case reviews: the samples drawn, reviews in progress, and drawing a new random sample by team and period.</summary>
public sealed class IndexModel(ReviewService reviews, LanternDbContext db, AccessScope scope, TimeProvider clock) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public SampleFields Input { get; set; } = new();

    public IReadOnlyList<SampleSummary> Samples { get; private set; } = [];
    public IReadOnlyList<ReviewSummary> InProgress { get; private set; } = [];
    public IReadOnlyList<Choice> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        Input = new SampleFields
        {
            TeamId = scope.SeesWholeAgency ? null : scope.TeamId,
            PeriodFrom = DateParts.From(today.AddMonths(-3)),
            PeriodTo = DateParts.From(today),
            Size = "10",
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var from = Read(Input.PeriodFrom, nameof(SampleFields.PeriodFrom), "The first day of the period", errors);
        var to = Read(Input.PeriodTo, nameof(SampleFields.PeriodTo), "The last day of the period", errors);
        int? size = int.TryParse(Input.Size, out var s) ? s : null;
        if (!string.IsNullOrWhiteSpace(Input.Size) && size is null)
        {
            errors[nameof(SampleFields.Size)] = ["Enter the number of cases as a whole number, like 10."];
        }

        int? seed = int.TryParse(Input.Seed, out var n) && n > 0 ? n : null;
        if (!string.IsNullOrWhiteSpace(Input.Seed) && seed is null)
        {
            errors[nameof(SampleFields.Seed)] = ["Enter the seed as a positive whole number, or leave it empty for a fresh draw."];
        }

        var result = await ChangeAsync(async () =>
        {
            if (errors.Count > 0)
            {
                AddErrors(errors);
                return Page();
            }

            var drawn = await reviews.DrawAsync(new SampleInput { TeamId = Input.TeamId, PeriodFrom = from, PeriodTo = to, Size = size, Seed = seed }, cancellationToken);
            TempData["Success"] = drawn.Reviews.Count == 0
                ? "No cases were open in that period, so the sample is empty."
                : $"{drawn.Reviews.Count} cases drawn and pre-scored. Open each to confirm its ratings.";
            return Redirect($"/Reviews/Samples/{drawn.Sample.Id}");
        });
        if (result is PageResult)
        {
            await LoadAsync(cancellationToken);
        }

        return result;
    }

    private static DateOnly? Read(DateParts parts, string field, string label, Dictionary<string, string[]> errors)
    {
        if (parts.IsEmpty)
        {
            return null;
        }

        if (parts.TryRead(label, out var date) is { } error)
        {
            errors[field] = [error];
        }

        return date;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Samples = await reviews.SamplesAsync(cancellationToken);
        InProgress = await reviews.InProgressAsync(cancellationToken);
        var query = db.Teams.AsNoTracking().Where(t => t.AgencyId == scope.AgencyId);
        if (!scope.SeesWholeAgency && scope.TeamId is { } own)
        {
            query = query.Where(t => t.Id == own);
        }

        Teams = await query.OrderBy(t => t.Name).Select(t => new Choice(t.Id.ToString(), t.Name, null)).ToListAsync(cancellationToken);
    }
}
