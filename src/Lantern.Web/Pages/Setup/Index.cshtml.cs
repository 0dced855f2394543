using Lantern.Core.Agencies;
using Lantern.Core.Validation;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Setup;

public sealed class SetupFields
{
    public string? AgencyName { get; set; }
    public AgencyType? AgencyType { get; set; }
    public string? DisplayName { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

/// <summary>
/// First run: creates the first administrator and their agency. Open to anyone only while there are no
/// accounts at all; from then on it answers "not found".
/// </summary>
public sealed class IndexModel(AccountAdministration administration) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public SetupFields Input { get; set; } = new();

    public static IReadOnlyList<Choice> AgencyTypes { get; } = Choice.FromEnum<AgencyType>(Labels.For);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await administration.HasAnyUsersAsync(cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await administration.HasAnyUsersAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Input.Password) && Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError(KeyFor(nameof(SetupFields.ConfirmPassword)), "The two passwords are not the same.");
        }

        var input = new FirstAdministratorInput
        {
            AgencyName = Input.AgencyName,
            AgencyType = Input.AgencyType,
            DisplayName = Input.DisplayName,
            UserName = Input.UserName,
            Password = Input.Password,
        };
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        try
        {
            if (await administration.CreateFirstAdministratorAsync(input, cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Success"] = "Lantern is set up. Sign in with the account you have just created, then add your agency's teams and accounts.";
            return Redirect("/Account/SignIn");
        }
        catch (InvalidInputException invalid)
        {
            AddErrors(invalid);
            return Page();
        }
    }
}
