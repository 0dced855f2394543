using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Notes;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Cases.Notes;

/// <summary>Writes a new case note on a case.</summary>
public sealed class NewModel(CaseService cases, NoteService notes, AccessScope scope, TimeProvider clock) : NoteEditorModel(cases, scope)
{
    [FromRoute]
    public Guid CaseId { get; set; }

    public override string PagePath => $"/Cases/{CaseId}/Notes/New";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input.OccurredOn = DateParts.From(clock.Today());
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
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            if (await notes.CreateAsync(CaseId, input, cancellationToken) is not { } note)
            {
                return NotFound();
            }

            TempData["Success"] = "The note has been saved. You can change it until you sign it.";
            return Redirect($"/Notes/{note.Id}");
        });
    }

    protected override async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await LoadCaseAsync(CaseId, cancellationToken))
        {
            return NotFound();
        }

        return MayWrite ? null : Forbid();
    }
}
