using Lantern.Core.Map;
using Lantern.Practice.Mapping;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Map;

/// <summary>Every map entry on a timeline, oldest first, filterable by component, person and source.</summary>
public sealed class ChronologyModel(MapService map) : PageModel
{
    [FromQuery(Name = "component")]
    public MapComponent? Component { get; set; }

    [FromQuery(Name = "person")]
    public Guid? PersonId { get; set; }

    [FromQuery(Name = "source")]
    public EvidenceSource? Source { get; set; }

    public CaseMap Map { get; private set; } = null!;

    public IReadOnlyList<MapEntryView> Entries { get; private set; } = [];

    public bool Filtered => Component is not null || PersonId is not null || Source is not null;

    public static IReadOnlyList<Choice> Components { get; } = Choice.FromEnum<MapComponent>(MapLabels.For);

    public static IReadOnlyList<Choice> Sources { get; } = Choice.FromEnum<EvidenceSource>(MapLabels.For);

    public IReadOnlyList<Choice> People => Map.People.Select(p => new Choice(p.Id.ToString(), p.Name)).ToList();

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await map.GetAsync(caseId, "chronology", cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Map = found;
        Entries = MapService.Filter(found.Entries, new ChronologyFilter(Component, PersonId, Source));
        return Page();
    }

    public string PeopleIn(MapEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var ids = new List<Guid>();
        if (entry.PerpetratorId is { } p)
        {
            ids.Add(p);
        }

        if (entry.AdultId is { } a)
        {
            ids.Add(a);
        }

        ids.AddRange(entry.ChildIds);
        return string.Join(", ", ids.Distinct().Select(id => Map.NameOf(id)));
    }
}
