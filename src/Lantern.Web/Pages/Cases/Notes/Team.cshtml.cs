using Lantern.Core.Access;
using Lantern.Core.Access.Policy;
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
        if (scope.Kind != ScopeKind.User || !scope.May(AccessRights.ReadTeamNotes))
        {
            return Forbid();
        }

        Results = await notes.CheckTeamAsync(cancellationToken);
        return Page();
    }
}
