using Lantern.Core.Access;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Map;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Cases;

/// <summary>The case: who is in the family and in what role, how they are related, and the concerns received.</summary>
public sealed class DetailsModel(CaseService cases, MapService map, AccessScope scope, TimeProvider clock) : PageModel
{
    public CaseDetail Case { get; private set; } = null!;
    /// <summary>Changes to the case itself are its own agency's; a partner sees a shared case read-only (apart from the map).</summary>
    public bool MayWrite => scope.WritesCases && Case.OwningAgencyId == scope.AgencyId;

    public bool IsShared => Case.OwningAgencyId != scope.AgencyId;
    public DateOnly Today { get; } = clock.Today();

    public IReadOnlyList<Practice.Mapping.WorkerSafetyAlert> WorkerSafety { get; private set; } = [];

    /// <summary>Children first (the child at the centre), then the survivor, the perpetrator and others; by age within a role.</summary>
    public IEnumerable<ParticipantView> Participants => Case.Participants.OrderBy(p => p.Role).ThenBy(p => p.DateOfBirth ?? DateOnly.MaxValue);

    public IEnumerable<ParticipantView> Perpetrators => Case.Participants.Where(p => p.Role == ParticipantRole.Perpetrator);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        WorkerSafety = await map.WorkerSafetyForCaseAsync(id, found.OwningAgencyId, cancellationToken);
        return Page();
    }
}
