using Lantern.Core.Access;
using Lantern.Core.Notes;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Cases.Notes;

public sealed class AddendumFields
{
    public string? Text { get; set; }
}

/// <summary>A note as recorded, with its addenda and dismissed findings; sign it, or add an addendum to a signed note.</summary>
public sealed class DetailsModel(NoteService notes, AccessScope scope) : FormPageModel
{
    protected override string InputPrefix => "Addendum";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public AddendumFields Addendum { get; set; } = new();

    public NoteDetail Note { get; private set; } = null!;

    public bool MayWrite => scope.WritesCases;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>A post without a handler (a form posted by hand) does nothing and shows the note again.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Redirect($"/Notes/{Id}") : NotFound();

    public async Task<IActionResult> OnPostSignAsync(uint version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        try
        {
            if (!await notes.SignAsync(Id, version, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "The note is signed. It can no longer be changed; add an addendum if something needs adding.";
            return Redirect($"/Notes/{Id}");
        }
        catch (InvalidInputException invalid)
        {
            ModelState.AddModelError("", string.Join(" ", invalid.Errors.SelectMany(e => e.Value)));
        }
        catch (EditConflictException conflict)
        {
            ModelState.AddModelError("", conflict.Message);
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddendumAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        try
        {
            if (!await notes.AddAddendumAsync(Id, new AddendumInput { Text = Addendum.Text }, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "The addendum has been added.";
            return Redirect($"/Notes/{Id}");
        }
        catch (InvalidInputException invalid)
        {
            AddErrors(invalid);
            return Page();
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await notes.GetAsync(Id, cancellationToken) is not { } note)
        {
            return false;
        }

        Note = note;
        return true;
    }
}
