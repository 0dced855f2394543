using Lantern.Core.Access;
using Lantern.Core.Map;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Map;

/// <summary>Changes a map entry. When someone else saved it first, shows it as it is now beside what the user typed.</summary>
public sealed class EditModel(MapService map, AccessScope scope) : MapEntryEditorModel(scope)
{
    [FromRoute]
    public Guid Id { get; set; }

    public MapEntryView Entry { get; private set; } = null!;

    /// <summary>The entry as someone else saved it, after a conflict.</summary>
    public MapEntryView? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = MapEntryFields.From(Entry);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var input = ReadInput();
        if (HasErrors)
        {
            AddRuleErrors(input);
            AddErrors(await map.ProblemsAsync(Entry.CaseId, input, Id, cancellationToken), onlyNewFields: true);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            if (!await map.UpdateAsync(Id, input, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "Your changes to the map have been saved.";
            return Redirect($"/Cases/{Entry.CaseId}/Map#{MapLabels.Anchor(Component)}");
        });
    }

    protected override async Task OnEditConflictAsync()
    {
        Current = await map.GetEntryAsync(Id, HttpContext.RequestAborted);
        if (Current is not null)
        {
            // Saving again now is a deliberate choice to replace what the other person saved (the hidden field is
            // written from Input, so the conflict message stays in the error summary).
            Input.Version = Current.Version;
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await map.GetEntryAsync(Id, cancellationToken) is not { } entry || await map.GetAsync(entry.CaseId, "entry-form", cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Entry = entry;
        Map = found;
        Component = entry.Component;

        return MayWrite && await map.MayChangeAsync(entry, cancellationToken) ? null : Forbid();
    }
}
