using Lantern.Core.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Supervision;

/// <summary>A supervision session as recorded: read by anyone of the case's agency who may see the case, changed by a supervisor or manager.</summary>
public sealed class DetailsModel(SupervisionService supervision, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public SupervisionView Session { get; private set; } = null!;

    public DateOnly Today => Core.Data.ClockExtensions.Today(clock);

    public SupervisionActionsTable Agreed => new([.. Session.Actions.Select(a => new SupervisionActionRow(a))], Today,
        "Actions agreed at this session, with their due dates and where each has got to", ShowSession: false);

    public SupervisionActionsTable FollowedUp => new([.. Session.FollowedUp.Select(a => new SupervisionActionRow(a))], Today,
        "Actions from earlier sessions followed up at this one", ShowSession: true);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await supervision.GetAsync(Id, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        Session = session;
        return Page();
    }
}
