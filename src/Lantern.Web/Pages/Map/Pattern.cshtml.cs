using Lantern.Core.Map;
using Lantern.Practice.Mapping;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Map;

/// <summary>A perpetrator's behaviours across every case and partner the user may see, earlier relationships marked.</summary>
public sealed class PatternModel(MapService map) : PageModel
{
    public PerpetratorPattern Pattern { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await map.GetPatternAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Pattern = found;
        return Page();
    }

    public IEnumerable<MapEntryView> Behaviours(Guid caseId) => Pattern.Entries
        .Where(e => e.CaseId == caseId)
        .OrderBy(e => e.Component).ThenBy(e => e.OccurredOn ?? DateOnly.MaxValue);

    public string Names(IEnumerable<Guid> ids) => string.Join(", ", ids.Select(id => Pattern.Names.TryGetValue(id, out var name) ? name : "a child"));

    /// <summary>Counts per category across all his cases, most frequent first: the shape of his pattern at a glance.</summary>
    public IEnumerable<(MapCategory Category, int Count, int Cases)> Summary => Pattern.Entries
        .Where(e => e.Component is MapComponent.CoerciveControl or MapComponent.HarmToChild)
        .GroupBy(e => e.Category.Key)
        .Select(g => (g.First().Category, g.Count(), g.Select(e => e.CaseId).Distinct().Count()))
        .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1.Label, StringComparer.Ordinal);
}
