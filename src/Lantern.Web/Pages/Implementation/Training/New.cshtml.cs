using Lantern.Core.Access;
using Lantern.Core.Implementation;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Implementation.Training;

public sealed class TrainingFields
{
    public TrainingCourse? Course { get; set; }
    public DateParts AttendedOn { get; set; } = new();
    public List<Guid> UserIds { get; set; } = [];

    /// <summary>People without a Lantern account, one a line.</summary>
    public string? Names { get; set; }
}

/// <summary>Records who attended a training on a day: several of the agency's staff at once, and anyone else by name.</summary>
public sealed class NewModel(TrainingService training, AccessScope scope) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public TrainingFields Input { get; set; } = new();

    public IReadOnlyList<Choice> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ImplementationPermissions.MayRecord(scope))
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ImplementationPermissions.MayRecord(scope))
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        var input = new TrainingInput
        {
            Course = Input.Course,
            AttendedOn = ReadDate(Input.AttendedOn, nameof(TrainingFields.AttendedOn), "The date of the training"),
            UserIds = Input.UserIds ?? [],
            Names = [.. (Input.Names ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        };
        if (HasErrors)
        {
            AddRuleErrors(input);
            AddErrors(await training.ProblemsAsync(input, cancellationToken), onlyNewFields: true);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            var recorded = await training.RecordAsync(input, cancellationToken);
            TempData["Success"] = recorded.Count == 1
                ? $"{recorded[0].AttendeeName}'s attendance has been recorded."
                : $"{recorded.Count} attendances have been recorded.";
            return Redirect("/Implementation/Training");
        });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Staff = [.. (await training.StaffAsync(cancellationToken)).Select(s => new Choice(s.Id.ToString(), s.Name, ImplementationLabels.Roles(s)))];
}
