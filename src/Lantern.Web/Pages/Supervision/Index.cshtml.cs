using Lantern.Core.Supervision;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Supervision;

/// <summary>
/// "My supervision": a supervisor's or manager's recent sessions across her cases and the actions still open from them;
/// a practitioner's open supervision actions on her own cases. Overdue actions first.
/// </summary>
public sealed class IndexModel(SupervisionService supervision, TimeProvider clock) : PageModel
{
    public MySupervision Mine { get; private set; } = null!;

    public DateOnly Today => Core.Data.ClockExtensions.Today(clock);

    public SupervisionActionsTable OpenActions => new([.. Mine.OpenActions.Select(a => new SupervisionActionRow(a.Action, a.Action.CaseId, a.CaseReference))], Today,
        Mine.HoldsSupervision ? "Actions still open from sessions you have held, overdue first" : "Actions still open from supervision on your cases, overdue first",
        ShowSession: true, ShowCase: true);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Mine = await supervision.MineAsync(cancellationToken);
}
