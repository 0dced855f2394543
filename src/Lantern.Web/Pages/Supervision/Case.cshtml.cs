using Lantern.Core.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Supervision;

/// <summary>A case's supervision sessions, newest first, and the actions still open from them, overdue first.</summary>
public sealed class CaseModel(SupervisionService supervision, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid CaseId { get; set; }

    public SupervisionList List { get; private set; } = null!;

    public DateOnly Today => Core.Data.ClockExtensions.Today(clock);

    public SupervisionActionsTable OpenActions => new([.. List.OpenActions.Select(a => new SupervisionActionRow(a))], Today,
        $"Actions still open from supervision on case {List.Reference}, overdue first", ShowSession: true);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await supervision.ListForCaseAsync(CaseId, cancellationToken) is not { } list)
        {
            return NotFound();
        }

        List = list;
        return Page();
    }
}
