using Lantern.Core.Cases;
using Lantern.Core.Notes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Cases.Notes;

/// <summary>Every note in a case checked at once, for supervisors and reviewers; dismissed findings are left out and counted.</summary>
public sealed class CheckModel(CaseService cases, NoteService notes) : PageModel
{
    [FromRoute]
    public Guid CaseId { get; set; }

    public CaseDetail Case { get; private set; } = null!;

    public IReadOnlyList<NoteCheck> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(CaseId, cancellationToken) is not { } found
            || await notes.CheckCaseAsync(CaseId, CaseLanguage.ContextFor(found.Participants), cancellationToken) is not { } results)
        {
            return NotFound();
        }

        Case = found;
        Results = results;
        return Page();
    }
}
