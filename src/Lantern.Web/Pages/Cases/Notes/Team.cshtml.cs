using Lantern.Core.Access;
using Lantern.Core.Agencies;
using Lantern.Core.Notes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Cases.Notes;

/// <summary>The language in a team's recent notes at once, for supervisors (their team) and managers and reviewers (the agency).</summary>
public sealed class TeamModel(NoteService notes, AccessScope scope) : PageModel
{
    public IReadOnlyList<CaseNoteCheck> Results { get; private set; } = [];

    public bool WholeAgency => scope.SeesWholeAgency;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!scope.Roles.Any(r => r is LanternRoles.Supervisor or LanternRoles.Manager or LanternRoles.Reviewer))
        {
            return Forbid();
        }

        Results = await notes.CheckTeamAsync(cancellationToken);
        return Page();
    }
}
