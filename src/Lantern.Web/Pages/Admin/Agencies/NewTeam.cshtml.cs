using Lantern.Core.Agencies;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Admin.Agencies;

public sealed class TeamFields
{
    public string? Name { get; set; }
}

public sealed class NewTeamModel(AccountAdministration administration) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public TeamFields Input { get; set; } = new();

    public AgencyView Agency { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await administration.GetAgencyAsync(id, cancellationToken) is not { } agency)
        {
            return NotFound();
        }

        Agency = agency;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await administration.GetAgencyAsync(id, cancellationToken) is not { } agency)
        {
            return NotFound();
        }

        Agency = agency;
        return await ChangeAsync(async () =>
        {
            if (await administration.AddTeamAsync(id, new NewTeamInput { Name = Input.Name }, cancellationToken) is not { } team)
            {
                return NotFound();
            }

            TempData["Success"] = $"{team.Name} has been added to {agency.Name}.";
            return Redirect("/Admin/Agencies");
        });
    }
}
