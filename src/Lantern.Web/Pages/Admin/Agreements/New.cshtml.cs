using Lantern.Core.Agencies;
using Lantern.Core.Sharing;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Admin.Agreements;

/// <summary>Drafts an agreement: the parties and, for each, the categories it may see and whether consent is needed.</summary>
public sealed class NewModel(SharingService sharing, AccountAdministration administration) : AgreementEditorModel(administration)
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAgenciesAsync(cancellationToken);
        Input.Parties = Agencies.Select(a => new PartyFields { AgencyId = a.Id }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAgenciesAsync(cancellationToken);
        var input = ReadInput();
        if (HasErrors)
        {
            AddRuleErrors(input);
            return Page();
        }

        return await ChangeAsync(async () =>
        {
            await sharing.CreateAgreementAsync(input, cancellationToken);
            TempData["Success"] = "The agreement is drafted. Approve it to start sharing under it.";
            return Redirect("/Admin/Agreements");
        });
    }
}
