using Lantern.Core.Map;
using Lantern.Practice.Mapping;
using Lantern.Web.Pages.Forms;
using Lantern.Web.Pages.Map;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Admin.Agencies;

public sealed class MapCategoryFields
{
    public MapComponent? Component { get; set; }
    public string? Label { get; set; }
    public string? Hint { get; set; }
    public bool WorkerSafety { get; set; }
}

/// <summary>An agency's map categories: hide defaults it does not use, add its own.</summary>
public sealed class MapCategoriesModel(MapCategoryAdministration administration) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public MapCategoryFields Input { get; set; } = new();

    public AgencyTaxonomyView Taxonomy { get; private set; } = null!;

    public static IReadOnlyList<Choice> Components { get; } = Choice.FromEnum<MapComponent>(MapLabels.For);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await ChangeAsync(async () =>
        {
            var input = new NewMapCategoryInput { Component = Input.Component, Label = Input.Label, Hint = Input.Hint, WorkerSafety = Input.WorkerSafety };
            if (await administration.AddAsync(Id, input, cancellationToken) is not { } added)
            {
                return NotFound();
            }

            TempData["Success"] = $"“{added.Label}” can now be chosen in {MapLabels.For(added.Component).ToLowerInvariant()}.";
            return Redirect($"/Admin/Agencies/{Id}/MapCategories");
        });
    }

    public async Task<IActionResult> OnPostHideAsync(string? key, CancellationToken cancellationToken) => await SetHiddenAsync(key, true, cancellationToken);

    public async Task<IActionResult> OnPostShowAsync(string? key, CancellationToken cancellationToken) => await SetHiddenAsync(key, false, cancellationToken);

    private async Task<IActionResult> SetHiddenAsync(string? key, bool hidden, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || !await administration.SetHiddenAsync(Id, key, hidden, cancellationToken))
        {
            return NotFound();
        }

        TempData["Success"] = hidden
            ? "The category is hidden: it is no longer offered for new entries. Entries already recorded keep it."
            : "The category is offered again for new entries.";
        return Redirect($"/Admin/Agencies/{Id}/MapCategories#{key}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await administration.GetAsync(Id, cancellationToken) is not { } found)
        {
            return false;
        }

        Taxonomy = found;
        return true;
    }
}
