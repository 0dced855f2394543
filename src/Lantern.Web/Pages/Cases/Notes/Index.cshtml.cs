using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Notes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Cases.Notes;

/// <summary>A case's notes, newest first.</summary>
public sealed class IndexModel(CaseService cases, NoteService notes, AccessScope scope) : PageModel
{
    [FromRoute]
    public Guid CaseId { get; set; }

    public CaseDetail Case { get; private set; } = null!;

    public IReadOnlyList<NoteSummary> Notes { get; private set; } = [];

    public bool MayWrite => scope.WritesCases;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(CaseId, cancellationToken) is not { } found || await notes.ListForCaseAsync(CaseId, cancellationToken) is not { } list)
        {
            return NotFound();
        }

        Case = found;
        Notes = list;
        return Page();
    }
}
