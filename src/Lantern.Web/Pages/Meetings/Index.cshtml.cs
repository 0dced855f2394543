using Lantern.Core.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Meetings;

/// <summary>A case's meetings, newest first, and the actions still open from them.</summary>
public sealed class IndexModel(MeetingService meetings, Core.Access.AccessScope scope, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid CaseId { get; set; }

    public MeetingList List { get; private set; } = null!;

    public ActionsTable OpenActions => new(
        [.. List.OpenActions.Select(a =>
        {
            var from = List.Meetings.FirstOrDefault(m => m.Id == a.MeetingId);
            return new ActionRow(a, scope.WritesCases && (List.MayChange || a.OwnerAgencyId == scope.AgencyId), Kind: from?.Kind, HeldOn: from?.HeldOn);
        })],
        Today, $"Open actions from meetings on case {List.Reference}", ShowMeeting: true);

    public DateOnly Today => Core.Data.ClockExtensions.Today(clock);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await meetings.ListForCaseAsync(CaseId, cancellationToken) is not { } list)
        {
            return NotFound();
        }

        List = list;
        return Page();
    }
}
