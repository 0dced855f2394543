using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.People;
using Lantern.Web.Pages.Forms;
using Lantern.Web.Pages.People;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Cases.People;

/// <summary>Records someone new and adds them to the case in a role.</summary>
public sealed class NewModel(CaseService cases, PersonService people, AccessScope scope, LanternSettings settings) : FormPageModel, IPersonForm
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public PersonFields Input { get; set; } = new();

    public CaseDetail Case { get; private set; } = null!;

    public IReadOnlyList<Choice> Roles => PersonFields.Roles(settings);

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken) =>
        await LoadAsync(caseId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(caseId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var born = ReadDate(Input.DateOfBirth, "DateOfBirth", "The date of birth");
        if (!HasErrors && PersonFields.CheckDateOfBirth(born, Input.DateOfBirthAccuracy) is { } problem)
        {
            ModelState.AddModelError(KeyFor(born is null ? "DateOfBirth" : "DateOfBirthAccuracy"), problem);
        }

        var input = Input.ToNew(caseId, born);
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            var person = await people.CreateAsync(input, cancellationToken);
            TempData["Success"] = $"{person.FullName} has been added to this case as {Labels.ForRole(Input.Role!.Value, settings)}.";
            return Redirect($"/Cases/{caseId}");
        });
    }

    /// <returns>The refusal to answer with, or null when the user may add people to this case.</returns>
    private async Task<IActionResult?> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var (found, refusal) = await CaseToChangeAsync(cases, scope, caseId, cancellationToken);
        if (found is null)
        {
            return refusal;
        }

        Case = found;
        return null;
    }
}
