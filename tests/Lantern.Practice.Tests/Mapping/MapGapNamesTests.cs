using Lantern.Practice.Mapping;
using Xunit;

namespace Lantern.Practice.Tests.Mapping;

public sealed class MapGapNamesTests
{
    [Fact]
    public void For_EveryRuleAndEveryEmptyComponent_HasItsOwnName()
    {
        var names = MapGapNames.RuleOrder.Where(r => r != MapGapRules.ComponentEmpty).Select(r => MapGapNames.For(r))
            .Concat(Enum.GetValues<MapComponent>().Select(c => MapGapNames.For(MapGapRules.ComponentEmpty, c)))
            .ToList();

        Assert.Equal(12, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(names, n => MapGapNames.RuleOrder.Contains(n));
    }

    [Fact]
    public void RuleOrder_IsTheOrderTheRulesFindGaps_AndAnUnknownRuleKeepsItsId()
    {
        var map = new MapSnapshot([new MapPerson(Guid.NewGuid(), "A child", MapRole.Child)], [], null);

        var found = MapGapRules.Find(map, new DateOnly(2026, 11, 25)).Select(g => g.RuleId).Distinct().ToList();

        Assert.Equal(found, MapGapNames.RuleOrder.Where(found.Contains));
        Assert.Equal("No perpetrator recorded", MapGapNames.For(MapGapRules.NoPerpetrator));
        Assert.Equal("an-unknown-rule", MapGapNames.For("an-unknown-rule"));
    }
}
