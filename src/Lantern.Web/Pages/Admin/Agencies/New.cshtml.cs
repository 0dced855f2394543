using Lantern.Core.Agencies;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Admin.Agencies;

public sealed class AgencyFields
{
    public string? Name { get; set; }
    public AgencyType? Type { get; set; }
}

public sealed class NewModel(AccountAdministration administration) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public AgencyFields Input { get; set; } = new();

    public static IReadOnlyList<Choice> Types { get; } = Choice.FromEnum<AgencyType>(Labels.For);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new NewAgencyInput { Name = Input.Name, Type = Input.Type };
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            var agency = await administration.CreateAgencyAsync(input, cancellationToken);
            TempData["Success"] = $"{agency.Name} has been added. Add its teams, then its accounts.";
            return Redirect("/Admin/Agencies");
        });
    }
}
