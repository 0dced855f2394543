using Lantern.Core.Agencies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin.Agencies;

public sealed class IndexModel(AccountAdministration administration) : PageModel
{
    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Agencies = await administration.ListAgenciesAsync(cancellationToken);
}
