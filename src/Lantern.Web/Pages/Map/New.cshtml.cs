using Lantern.Core.Access;
using Lantern.Core.Map;
using Lantern.Practice.Mapping;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Map;

/// <summary>Adds an entry to one component of a case's map; without a component, asks which.</summary>
public sealed class NewModel(MapService map, AccessScope scope) : MapEntryEditorModel(scope)
{
    [FromRoute]
    public Guid CaseId { get; set; }

    [FromQuery(Name = "component")]
    public MapComponent? Chosen { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        FillObviousPeople();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Chosen is null)
        {
            return Page();
        }

        var input = ReadInput();
        if (HasErrors)
        {
            AddRuleErrors(input);
            AddErrors(await map.ProblemsAsync(CaseId, input, null, cancellationToken), onlyNewFields: true);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            if (await map.AddAsync(CaseId, input, cancellationToken) is not { } added)
            {
                return NotFound();
            }

            TempData["Success"] = $"Added to the map: {Map.Taxonomy.Find(added.CategoryKey)?.Label}.";
            return Redirect($"/Cases/{CaseId}/Map#{MapLabels.Anchor(added.Component)}");
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await map.GetAsync(CaseId, "entry-form", cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Map = found;
        Component = Chosen ?? MapComponent.CoerciveControl;
        return MayWrite && (Chosen is null || (await map.ContributableAsync(CaseId, cancellationToken)).Contains(Component)) ? null : Forbid();
    }
}
