using Lantern.Practice.Mapping;

namespace Lantern.Core.Map;

/// <summary>
/// A gap the map rules found on a case when its map or people last changed. Kept so that "the most frequent gaps" of a
/// team or agency is one indexed count rather than every case's map rebuilt; the map page always works them out afresh.
/// </summary>
public sealed class CaseMapGap
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public string RuleId { get; set; } = "";
    public MapComponent? Component { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The case's agency, team and whether it is open, copied here so that the count is one index scan.</summary>
    public Guid AgencyId { get; set; }

    public Guid? TeamId { get; set; }

    public bool CaseOpen { get; set; }
}
