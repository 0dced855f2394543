using Lantern.Core.Map;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Map;

/// <summary>Takes an entry off the map after the user confirms (it stays in the database and the audit trail).</summary>
public sealed class RemoveModel(MapService map) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public MapEntryView Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Version = Entry.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        try
        {
            if (!await map.RemoveAsync(Id, Version, cancellationToken))
            {
                return NotFound();
            }
        }
        catch (EditConflictException conflict)
        {
            ModelState.AddModelError(nameof(Version), conflict.Message + " Check the entry as it is now before taking it off the map.");
            Version = Entry.Version;
            ModelState.Remove(nameof(Version));
            return Page();
        }

        TempData["Success"] = $"Taken off the map: {Entry.Category.Label}.";
        return Redirect($"/Cases/{Entry.CaseId}/Map");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await map.GetEntryAsync(Id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;

        return await map.MayChangeAsync(entry, cancellationToken) ? null : Forbid();
    }
}
