using Lantern.Core.Agencies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin;

/// <summary>Administration: agencies, teams and accounts. Administrators read no case content.</summary>
public sealed class IndexModel(AccountAdministration administration) : PageModel
{
    public int AgencyCount { get; private set; }
    public int TeamCount { get; private set; }
    public int UserCount { get; private set; }
    public int DisabledCount { get; private set; }
    public int LockedCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var agencies = await administration.ListAgenciesAsync(cancellationToken);
        var users = await administration.ListUsersAsync(cancellationToken);
        AgencyCount = agencies.Count;
        TeamCount = agencies.Sum(a => a.Teams.Count);
        UserCount = users.Count;
        DisabledCount = users.Count(u => u.IsDisabled);
        LockedCount = users.Count(u => u.IsLockedOut);
    }
}
