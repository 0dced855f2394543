using Lantern.Core.Access;
using Lantern.Core.Data;
using Lantern.Core.Plans;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Plans;

public sealed class ProgressFields
{
    public Guid GoalId { get; set; }
    public GoalStatus? Status { get; set; }
    public string? Note { get; set; }
}

public sealed class ReviewFields
{
    public DateParts ReviewedOn { get; set; } = new();
    public string? Summary { get; set; }
    public DateParts NextReviewOn { get; set; } = new();
    public List<ProgressFields> Progress { get; set; } = [];
}

/// <summary>Reviews the plan: progress on each goal, a summary, and when the plan is next reviewed.</summary>
public sealed class ReviewModel(PlanService plans, AccessScope scope, TimeProvider clock) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [FromRoute]
    public Guid CaseId { get; set; }

    [BindProperty]
    public ReviewFields Input { get; set; } = new();

    public CasePlanView Plan { get; private set; } = null!;

    public static IReadOnlyList<Choice> Statuses { get; } = Choice.FromEnum<GoalStatus>(PlanLabels.For);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input.ReviewedOn = DateParts.From(clock.Today());
        Input.NextReviewOn = DateParts.From(clock.Today().AddMonths(3));
        Input.Progress = Plan.Goals.Select(g => new ProgressFields { GoalId = g.Id, Status = g.Status }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var input = new ReviewInput
        {
            ReviewedOn = ReadDate(Input.ReviewedOn, nameof(ReviewFields.ReviewedOn), "The date of the review"),
            Summary = Input.Summary,
            NextReviewOn = ReadDate(Input.NextReviewOn, nameof(ReviewFields.NextReviewOn), "The next review date"),
            Progress = Input.Progress.Select(p => new ProgressInput(p.GoalId, p.Status, p.Note)).ToList(),
        };
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            if (await plans.AddReviewAsync(CaseId, input, cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Success"] = "The review has been recorded.";
            return Redirect($"/Cases/{CaseId}/Plan");
        });
    }

    public GoalView? GoalAt(int index) => index < Input.Progress.Count ? Plan.Goals.FirstOrDefault(g => g.Id == Input.Progress[index].GoalId) : null;

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(CaseId, "review-form", cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        return scope.WritesCases && plan.MayChange ? null : Forbid();
    }
}
