using Lantern.Core.Access;
using Lantern.Core.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Meetings;

/// <summary>
/// A meeting as the reader's agency sees it (its pack), laid out to print; with <c>?agency=</c>, the case's own
/// agency previews another agency's pack ("what the police will see").
/// </summary>
public sealed class DetailsModel(MeetingService meetings, AccessScope scope, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery(Name = "agency")]
    public Guid? Agency { get; set; }

    public MeetingPack Pack { get; private set; } = null!;

    public DateOnly Today => Core.Data.ClockExtensions.Today(clock);

    /// <summary>The case's own agency, with a role that writes: may change the record and record any action's progress.</summary>
    public bool MayChange => Pack.IsOwnAgency && !Pack.IsPreview && scope.WritesCases;

    public ActionsTable Actions => new(
        [.. Pack.Meeting.Actions.Select(a => new ActionRow(a, !Pack.IsPreview && scope.WritesCases && (MayChange || a.OwnerAgencyId == scope.AgencyId)))],
        Today, "Actions agreed at this meeting, with their owners, due dates and status");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await meetings.PackAsync(Id, Agency, cancellationToken) is not { } pack)
        {
            return NotFound();
        }

        Pack = pack;
        return Page();
    }
}
