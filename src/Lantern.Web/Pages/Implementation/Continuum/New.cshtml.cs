using Lantern.Core.Access;
using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Implementation.Continuum;

public sealed class RatingFields
{
    public ContinuumLevel? Level { get; set; }
    public string? Evidence { get; set; }
}

/// <summary>The self-assessment form: one row per area, in the areas' order (the row's place says which area it is).</summary>
public sealed class ContinuumFields
{
    public DateParts AssessedOn { get; set; } = new();
    public List<RatingFields> Ratings { get; set; } = [];
    public string? Notes { get; set; }
}

/// <summary>
/// Records a self-assessment, starting from the latest one's levels and evidence, so that the agency changes only
/// what has moved and the evidence is carried forward to be brought up to date.
/// </summary>
public sealed class NewModel(ContinuumService continuum, AccessScope scope, TimeProvider clock) : FormPageModel
{
    public static IReadOnlyList<ContinuumArea> Areas { get; } = Enum.GetValues<ContinuumArea>();

    protected override string InputPrefix => "Input";

    [BindProperty]
    public ContinuumFields Input { get; set; } = new();

    /// <summary>The assessment the form was filled from, when there is one.</summary>
    public ContinuumAssessmentView? Latest { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ImplementationPermissions.MayRecord(scope))
        {
            return Forbid();
        }

        Latest = await continuum.LatestAsync(cancellationToken);
        await continuum.AuditFormAsync(Latest, cancellationToken);
        Input = new ContinuumFields
        {
            AssessedOn = DateParts.From(Core.Data.ClockExtensions.Today(clock)),
            Ratings = [.. Areas.Select(area => new RatingFields { Level = Latest?.LevelOf(area), Evidence = Latest?.RatingOf(area)?.Evidence })],
            Notes = "",
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ImplementationPermissions.MayRecord(scope))
        {
            return Forbid();
        }

        Latest = await continuum.LatestAsync(cancellationToken);
        Input.Ratings ??= [];
        while (Input.Ratings.Count < Areas.Count)
        {
            Input.Ratings.Add(new RatingFields());
        }

        var input = new ContinuumInput
        {
            AssessedOn = ReadDate(Input.AssessedOn, nameof(ContinuumFields.AssessedOn), "The date of the self-assessment"),
            Notes = Input.Notes,
            Ratings = [.. Areas.Select((area, i) => new ContinuumRatingInput { Area = area, Level = Input.Ratings[i]?.Level, Evidence = Input.Ratings[i]?.Evidence })],
        };
        if (HasErrors)
        {
            AddRuleErrors(input);
            AddErrors(continuum.Problems(input), onlyNewFields: true);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            await continuum.CreateAsync(input, cancellationToken);
            TempData["Success"] = "The self-assessment has been recorded.";
            return Redirect("/Implementation/Continuum");
        });
    }
}
