using Lantern.Core.Access;
using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Implementation.Champions;

public sealed class ChampionEndFields
{
    public DateParts Until { get; set; } = new();
}

/// <summary>A champion steps down; their time as a champion stays on record.</summary>
public sealed class EndModel(ChampionService champions, AccessScope scope) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ChampionEndFields Input { get; set; } = new();

    public ChampionView Champion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var input = new ChampionEndInput { Until = ReadDate(Input.Until, nameof(ChampionEndFields.Until), "The date they stopped") };
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            if (await champions.EndAsync(Id, input, cancellationToken) is not { } ended)
            {
                return NotFound();
            }

            TempData["Success"] = $"{ended.Name} is recorded as a champion until {Labels.Date(ended.Until!.Value)}.";
            return Redirect("/Implementation/Champions");
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!ImplementationPermissions.MayRecord(scope))
        {
            return Forbid();
        }

        var list = await champions.ListAsync(cancellationToken);
        if (list.Current.Concat(list.Past).FirstOrDefault(c => c.Id == Id) is not { } champion)
        {
            return NotFound();
        }

        Champion = champion;
        return null;
    }
}
