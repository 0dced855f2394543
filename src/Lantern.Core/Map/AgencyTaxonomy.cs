using Lantern.Core.Data;
using Lantern.Practice.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Map;

/// <summary>The map taxonomy an agency uses: the default with the agency's own categories added and unused defaults hidden.</summary>
public static class AgencyTaxonomy
{
    public static async Task<MapTaxonomy> ForAsync(LanternDbContext db, Guid agencyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = await db.MapCategorySettings.AsNoTracking().Where(s => s.AgencyId == agencyId).ToListAsync(cancellationToken);
        if (settings.Count == 0)
        {
            return MapTaxonomy.Default;
        }

        var defaults = MapTaxonomy.Default;
        var added = settings.Where(s => defaults.Find(s.Key) is null)
            .OrderBy(s => s.Component).ThenBy(s => s.Label, StringComparer.Ordinal)
            .Select(s => new MapCategory(s.Key, s.Component, s.Label, s.Hint, WorkerSafety: s.WorkerSafety));
        var hidden = settings.Where(s => s.Hidden).Select(s => s.Key);
        return defaults.WithAgencyChanges(added, hidden);
    }
}
