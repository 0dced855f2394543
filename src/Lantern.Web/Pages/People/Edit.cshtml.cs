using Lantern.Core.Access;
using Lantern.Core.People;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.People;

/// <summary>
/// A person's details. A confidential address is in the form only for a user permitted to see it (opening the
/// form shows it, so the viewing is recorded); for anyone else the address is not sent at all, and the
/// service ignores any address they post.
/// </summary>
public sealed class EditModel(PersonService people, AccessScope scope) : FormPageModel, IPersonForm
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public PersonFields Input { get; set; } = new();

    [BindProperty]
    public uint? Version { get; set; }

    public PersonDetail Person { get; private set; } = null!;

    /// <summary>Set after an edit conflict: the person as saved now.</summary>
    public PersonDetail? Saved { get; private set; }

    /// <summary>
    /// False when the address is confidential and this user may not see it: no address field is shown (the
    /// service would ignore it anyway, and the user must not be led to think they changed it).
    /// </summary>
    public bool AddressEditable => !Person.AddressIsConfidential || scope.MayViewConfidentialAddresses;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = PersonFields.From(Person);
        Version = Person.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var born = ReadDate(Input.DateOfBirth, "DateOfBirth", "The date of birth");
        if (!HasErrors && PersonFields.CheckDateOfBirth(born, Input.DateOfBirthAccuracy) is { } problem)
        {
            ModelState.AddModelError(KeyFor(born is null ? "DateOfBirth" : "DateOfBirthAccuracy"), problem);
        }

        var input = Input.ToUpdate(Version, born);
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        try
        {
            if (!await people.UpdateAsync(id, input, cancellationToken))
            {
                return NotFound();
            }

            TempData["Success"] = "The person's details have been saved.";
            return Redirect($"/People/{id}");
        }
        catch (InvalidInputException invalid)
        {
            AddErrors(invalid);
        }
        catch (EditConflictException)
        {
            Saved = Person;

            // Saving again now is a deliberate choice to replace what is saved with what is in the form.
            ModelState.Remove(nameof(Version));
            Version = Saved.Version;
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        // A permitted user editing a confidential address sees it in the form: ask for it openly, so the viewing is recorded.
        if (await people.GetAsync(id, revealConfidentialAddress: scope.MayViewConfidentialAddresses, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        // A person seen only through a partner agency's share is that agency's to change.
        if (!scope.WritesCases || !found.SeenByOwnAgency)
        {
            return Forbid();
        }

        Person = found;
        return null;
    }
}
