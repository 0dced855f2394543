using Lantern.Core.Access;
using Lantern.Core.Map;
using Lantern.Practice.Mapping;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Map;

/// <summary>
/// The map: the perpetrator's pattern at the centre, the survivor's protective efforts beside it, each child's
/// impacts, the intersecting factors per adult, and what we don't know yet. Prints on one landscape page.
/// </summary>
public sealed class IndexModel(MapService map, AccessScope scope) : PageModel
{
    public CaseMap Map { get; private set; } = null!;

    public bool MayWrite => scope.WritesCases;

    /// <summary>The parts of the map this user may add to (a partner agency: those its agreement gives it).</summary>
    public IReadOnlySet<MapComponent> Contributable { get; private set; } = new HashSet<MapComponent>();

    private bool ownCase;

    /// <summary>An entry is changed by the case's own agency, or by the partner agency that recorded it.</summary>
    public bool MayChange(MapEntryView entry) => entry is not null && Contributable.Contains(entry.Component)
        && (ownCase || entry.ContributedByAgencyId == scope.AgencyId);

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await map.GetAsync(caseId, "map", cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Map = found;
        Contributable = await map.ContributableAsync(caseId, cancellationToken);
        ownCase = await map.IsOwnCaseAsync(caseId, cancellationToken);
        return Page();
    }

    public IEnumerable<MapEntryView> ImpactsOn(Guid childId) => Map.In(MapComponent.ChildImpact).Where(e => e.ChildIds.Contains(childId));

    public IEnumerable<MapEntryView> FactorsOf(Guid adultId) => Map.In(MapComponent.IntersectingFactors).Where(e => e.AdultId == adultId);

    public IEnumerable<MapPerson> Adults => Map.People.Where(p => p.Role != MapRole.Child)
        .OrderBy(p => p.Role switch { MapRole.Perpetrator => 0, MapRole.Survivor => 1, MapRole.OtherAdult => 2, MapRole.Child => 3 });

    public string Names(IEnumerable<Guid> ids) => string.Join(", ", ids.Select(id => Map.NameOf(id)));

    public string DescribeCause(Guid id) => Map.Entry(id) is { } cause ? cause.Category.Label : "a behaviour no longer on the map";
}
