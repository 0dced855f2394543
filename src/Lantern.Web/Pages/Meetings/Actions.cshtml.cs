using Lantern.Core.Access;
using Lantern.Core.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Meetings;

/// <summary>Open actions from meetings on every case the reader may see, overdue first; or only those her agency owns.</summary>
public sealed class ActionsModel(MeetingService meetings, AccessScope scope, TimeProvider clock) : PageModel
{
    /// <summary>Only actions owned by the reader's agency.</summary>
    [FromQuery(Name = "ours")]
    public bool Ours { get; set; }

    public ActionsTable Table { get; private set; } = null!;

    public DateOnly Today => Core.Data.ClockExtensions.Today(clock);

    public bool ReceivesShares => scope.ReceivesShares;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var open = await meetings.OpenActionsAsync(Ours, cancellationToken);
        Table = new ActionsTable([.. open.Select(a => new ActionRow(a.Action, a.MayRecordProgress, a.CaseReference, a.Kind, a.HeldOn))], Today,
            Ours ? "Open actions owned by your agency, overdue first" : "Open actions from meetings, overdue first", ShowMeeting: true);
    }
}
