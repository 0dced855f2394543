using Lantern.Core.Access;
using Lantern.Core.Agencies;
using Lantern.Core.Validation;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Admin.Users;

public sealed class UserFields
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public Guid? AgencyId { get; set; }
    public Guid? TeamId { get; set; }
    public List<string> Roles { get; set; } = [];
    public string? Password { get; set; }
    public bool MayViewConfidentialAddresses { get; set; }
}

public sealed class NewModel(AccountAdministration administration) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public UserFields Input { get; set; } = new();

    public IReadOnlyList<Choice> Agencies { get; private set; } = [];
    public IReadOnlyList<Choice> Teams { get; private set; } = [];

    public static IReadOnlyList<Choice> Roles { get; } = LanternRoles.All.Select(r => new Choice(r, Labels.ForRole(r))).ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new NewUserInput
        {
            UserName = Input.UserName,
            DisplayName = Input.DisplayName,
            AgencyId = Input.AgencyId,
            TeamId = Input.TeamId,
            Roles = Input.Roles,
            Password = Input.Password,
            MayViewConfidentialAddresses = Input.MayViewConfidentialAddresses,
        };
        try
        {
            if (HasErrors)
            {
                AddRuleErrors(input);
            }
            else
            {
                var user = await administration.CreateUserAsync(input, cancellationToken);
                TempData["Success"] = $"The account {user.UserName} has been created. Give them the initial password in person or by phone, never by email.";
                return Redirect("/Admin/Users");
            }
        }
        catch (InvalidInputException invalid)
        {
            AddErrors(invalid);
        }
        catch (NotPermittedException)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var agencies = await administration.ListAgenciesAsync(cancellationToken);
        Agencies = agencies.Select(a => new Choice(a.Id.ToString(), a.Name)).ToList();
        Teams = agencies.SelectMany(a => a.Teams.Select(t => new Choice(t.Id.ToString(), $"{a.Name}: {t.Name}"))).ToList();
    }
}
