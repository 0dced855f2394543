namespace Lantern.Practice.Mapping;

/// <summary>Something the map does not yet know, with a sentence saying why it matters.</summary>
/// <param name="RuleId">Stable id of the gap rule (see <see cref="MapGapRules"/>).</param>
/// <param name="Component">The component the gap belongs to, if any.</param>
/// <param name="PersonId">The person the gap is about, if any.</param>
public sealed record MapGap(string RuleId, string Message, MapComponent? Component = null, Guid? PersonId = null);
