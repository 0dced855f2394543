using Lantern.Core.Data;
using Lantern.Core.Referrals;
using Lantern.Web.Pages.Forms;
using Lantern.Web.Pages.Referrals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Admin.Services;

public sealed class ServiceFields
{
    public string? Name { get; set; }
    public ServiceKind? Kind { get; set; }
    public Guid? AgencyId { get; set; }
    public string? Contact { get; set; }
}

public sealed class NewModel(ServiceDirectory directory, LanternDbContext db) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public ServiceFields Input { get; set; } = new();

    public static IReadOnlyList<Choice> Kinds { get; } = Choice.FromEnum<ServiceKind>(ReferralLabels.For);

    public IReadOnlyList<Choice> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var input = new ServiceInput { Name = Input.Name, Kind = Input.Kind, AgencyId = Input.AgencyId, Contact = Input.Contact };
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            var service = await directory.AddAsync(input, cancellationToken);
            TempData["Success"] = $"{service.Name} has been added to the directory.";
            return Redirect("/Admin/Services");
        });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new Choice(a.Id.ToString(), a.Name, null)).ToListAsync(cancellationToken);
}
