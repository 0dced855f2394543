using Lantern.Core.Access;
using Lantern.Core.Implementation;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Implementation.Champions;

public sealed class ChampionFields
{
    public Guid? UserId { get; set; }
    public DateParts Since { get; set; } = new();
}

/// <summary>Someone from the agency becomes a practice champion.</summary>
public sealed class NewModel(ChampionService champions, AccessScope scope) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public ChampionFields Input { get; set; } = new();

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
        var input = new ChampionInput { UserId = Input.UserId, Since = ReadDate(Input.Since, nameof(ChampionFields.Since), "The date they became a champion") };
        if (HasErrors)
        {
            AddRuleErrors(input);
            AddErrors(await champions.ProblemsAsync(input, cancellationToken), onlyNewFields: true);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            var added = await champions.AddAsync(input, cancellationToken);
            TempData["Success"] = $"{added.Name} is now one of the agency's practice champions.";
            return Redirect("/Implementation/Champions");
        });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Staff = [.. (await champions.StaffAsync(cancellationToken)).Select(s => new Choice(s.Id.ToString(), $"{s.Name} ({ImplementationLabels.Roles(s)})"))];
}
