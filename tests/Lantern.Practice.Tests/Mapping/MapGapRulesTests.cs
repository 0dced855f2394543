using Lantern.Practice.Mapping;
using Xunit;

namespace Lantern.Practice.Tests.Mapping;

public sealed class MapGapRulesTests
{
    private static readonly DateOnly Today = MapBuilder.Today;

    private static readonly string[] RuleOrder =
    [
        MapGapRules.NoPerpetrator,
        MapGapRules.ComponentEmpty,
        MapGapRules.ChildWithoutImpact,
        MapGapRules.PerpetratorWithoutHarmToChild,
        MapGapRules.CoerciveControlUncorroborated,
        MapGapRules.FactorsDoubleStandard,
        MapGapRules.PerpetratorNotInterviewed,
        MapGapRules.Stale,
    ];

    private static MapSnapshot Without(MapSnapshot map, Func<MapEntryFacts, bool> remove) =>
        map with { Entries = [.. map.Entries.Where(e => !remove(e))] };

    private static MapGap Single(IReadOnlyList<MapGap> gaps, string ruleId) => Assert.Single(gaps, g => g.RuleId == ruleId);

    [Fact]
    public void Find_FullyMappedFamily_HasNoGaps()
    {
        var (map, _, _, _) = MapBuilder.FullyMapped();

        Assert.Empty(MapGapRules.Find(map.Build(), Today));
    }

    [Fact]
    public void Find_EmptyMapWithNoPeople_AsksForThePerpetratorAndEveryComponent()
    {
        var gaps = MapGapRules.Find(new MapSnapshot([], []), Today);

        Assert.Equal([MapGapRules.NoPerpetrator, .. Enumerable.Repeat(MapGapRules.ComponentEmpty, 5)], gaps.Select(g => g.RuleId));
        Assert.Equal(Enum.GetValues<MapComponent>().Cast<MapComponent?>(), gaps.Skip(1).Select(g => g.Component));
    }

    [Fact]
    public void Find_NoPerpetrator_RaisesOneGapAndNoPerPerpetratorRules()
    {
        var map = new MapBuilder();
        var amy = map.Survivor();
        var leo = map.Child();
        map.Entry(MapComponent.CoerciveControl, "cc.isolation");
        map.Entry(MapComponent.HarmToChild, "hc.using-child");
        map.Effort(amy);
        map.Impact(leo);
        map.Factor(amy);

        var gaps = MapGapRules.Find(map.Build(), Today);

        var gap = Assert.Single(gaps);
        Assert.Equal(MapGapRules.NoPerpetrator, gap.RuleId);
        Assert.Null(gap.PersonId);
        Assert.Contains("his pattern", gap.Message, StringComparison.Ordinal);
        Assert.Contains("not the survivor", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_PerpetratorRecorded_ClearsNoPerpetrator()
    {
        var (map, _, _, _) = MapBuilder.FullyMapped();

        Assert.DoesNotContain(MapGapRules.Find(map.Build(), Today), g => g.RuleId == MapGapRules.NoPerpetrator);
    }

    [Theory]
    [InlineData(MapComponent.CoerciveControl, "falls back on single incidents")]
    [InlineData(MapComponent.HarmToChild, "his choices as a parent")]
    [InlineData(MapComponent.ProtectiveEfforts, "her strengths are invisible")]
    [InlineData(MapComponent.ChildImpact, "the children's experience")]
    [InlineData(MapComponent.IntersectingFactors, "interact with his pattern")]
    public void Find_ComponentWithNoEntries_RaisesComponentEmptyForThatComponent(MapComponent component, string why)
    {
        var (map, _, _, _) = MapBuilder.FullyMapped();

        var gaps = MapGapRules.Find(Without(map.Build(), e => e.Component == component), Today);

        var gap = Single(gaps, MapGapRules.ComponentEmpty);
        Assert.Equal(component, gap.Component);
        Assert.Null(gap.PersonId);
        Assert.Contains(why, gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ComponentEmpty_EachComponentHasItsOwnMessage()
    {
        var messages = MapGapRules.Find(new MapSnapshot([], []), Today)
            .Where(g => g.RuleId == MapGapRules.ComponentEmpty)
            .Select(g => g.Message)
            .ToList();

        Assert.Equal(5, messages.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Find_OneEntryInTheComponent_ClearsComponentEmpty()
    {
        var (map, _, amy, _) = MapBuilder.FullyMapped();
        var snapshot = Without(map.Build(), e => e.Component == MapComponent.ProtectiveEfforts);
        Assert.Contains(MapGapRules.Find(snapshot, Today), g => g.RuleId == MapGapRules.ComponentEmpty);

        var effort = new MapEntryFacts { Id = Guid.NewGuid(), Component = MapComponent.ProtectiveEfforts, CategoryKey = "pe.nurturance", AdultId = amy.Id, RecordedOn = Today };

        Assert.Empty(MapGapRules.Find(snapshot with { Entries = [.. snapshot.Entries, effort] }, Today));
    }

    [Fact]
    public void Find_ChildNotListedInAnyImpact_RaisesGapNamingTheChild()
    {
        var (map, _, _, leo) = MapBuilder.FullyMapped();
        var mia = map.Child("Mia");

        var gaps = MapGapRules.Find(map.Build(), Today);

        var gap = Assert.Single(gaps);
        Assert.Equal(MapGapRules.ChildWithoutImpact, gap.RuleId);
        Assert.Equal(mia.Id, gap.PersonId);
        Assert.Equal(MapComponent.ChildImpact, gap.Component);
        Assert.Contains("Mia", gap.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(leo.Name, gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ChildListedInAnImpact_ClearsChildWithoutImpact()
    {
        var (map, dean, _, leo) = MapBuilder.FullyMapped();
        var mia = map.Child("Mia");
        map.Impact(leo, mia);
        map.Harm(dean, mia);

        Assert.Empty(MapGapRules.Find(map.Build(), Today));
    }

    [Fact]
    public void Find_ImpactOnOtherComponentListingTheChild_DoesNotCount()
    {
        var (map, dean, _, _) = MapBuilder.FullyMapped();
        var mia = map.Child("Mia");
        map.Harm(dean, mia);

        var gap = Single(MapGapRules.Find(map.Build(), Today), MapGapRules.ChildWithoutImpact);
        Assert.Equal(mia.Id, gap.PersonId);
    }

    [Fact]
    public void Find_SecondPerpetratorWithNoHarmToChild_RaisesGapNamingHim()
    {
        var (map, dean, _, _) = MapBuilder.FullyMapped();
        var carl = map.Perpetrator("Carl");
        map.Control(carl);
        map.OwnAccount(carl);
        map.Factor(carl, "if.housing");

        var gaps = MapGapRules.Find(map.Build(), Today);

        var gap = Assert.Single(gaps);
        Assert.Equal(MapGapRules.PerpetratorWithoutHarmToChild, gap.RuleId);
        Assert.Equal(carl.Id, gap.PersonId);
        Assert.Equal(MapComponent.HarmToChild, gap.Component);
        Assert.Contains("Carl", gap.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(dean.Name, gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_HarmToChildRecordedForHim_ClearsPerpetratorWithoutHarmToChild()
    {
        var (map, _, _, leo) = MapBuilder.FullyMapped();
        var carl = map.Perpetrator("Carl");
        map.Control(carl);
        map.OwnAccount(carl);
        map.Factor(carl, "if.housing");
        map.Harm(carl, leo);

        Assert.Empty(MapGapRules.Find(map.Build(), Today));
    }

    [Fact]
    public void Find_NoChildrenOnTheMap_DoesNotAskForHarmToChild()
    {
        var map = new MapBuilder();
        var dean = map.Perpetrator();
        var amy = map.Survivor();
        map.Control(dean);
        map.OwnAccount(dean);
        map.Effort(amy);
        map.Factor(dean);

        Assert.DoesNotContain(MapGapRules.Find(map.Build(), Today), g => g.RuleId == MapGapRules.PerpetratorWithoutHarmToChild);
    }

    [Fact]
    public void Find_OnePerpetratorAndHarmToChildEmpty_RaisesOnlyComponentEmpty()
    {
        var (map, _, _, _) = MapBuilder.FullyMapped();

        var gaps = MapGapRules.Find(Without(map.Build(), e => e.Component == MapComponent.HarmToChild), Today);

        var gap = Assert.Single(gaps);
        Assert.Equal(MapGapRules.ComponentEmpty, gap.RuleId);
        Assert.Equal(MapComponent.HarmToChild, gap.Component);
    }

    [Fact]
    public void Find_TwoPerpetratorsAndHarmToChildEmpty_RaisesComponentEmptyAndOneGapForEach()
    {
        var (map, dean, _, _) = MapBuilder.FullyMapped();
        var carl = map.Perpetrator("Carl");
        map.Control(carl);
        map.OwnAccount(carl);
        map.Factor(carl, "if.housing");

        var gaps = MapGapRules.Find(Without(map.Build(), e => e.Component == MapComponent.HarmToChild), Today);

        Assert.Equal(
            [(MapGapRules.ComponentEmpty, (Guid?)null), (MapGapRules.PerpetratorWithoutHarmToChild, dean.Id), (MapGapRules.PerpetratorWithoutHarmToChild, carl.Id)],
            gaps.Select(g => (g.RuleId, g.PersonId)));
    }

    [Fact]
    public void Find_ControlOnlyFromHerUnverifiedAccount_RaisesGapThatKeepsHerAccountAsEvidence()
    {
        var map = UncorroboratedMap(out var dean);

        var gap = Assert.Single(MapGapRules.Find(map.Build(), Today));

        Assert.Equal(MapGapRules.CoerciveControlUncorroborated, gap.RuleId);
        Assert.Equal(dean.Id, gap.PersonId);
        Assert.Equal(MapComponent.CoerciveControl, gap.Component);
        Assert.Contains("Dean's coercive control", gap.Message, StringComparison.Ordinal);
        Assert.Contains("evidence in its own right", gap.Message, StringComparison.Ordinal);
        Assert.Contains("not rest on her alone", gap.Message, StringComparison.Ordinal);
        foreach (var doubt in new[] { "alleg", "claim", "unsubstantiated", "credib", "unverified" })
        {
            Assert.DoesNotContain(doubt, gap.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Find_OneControlEntryVerified_ClearsUncorroborated()
    {
        var map = UncorroboratedMap(out var dean);
        map.Entry(MapComponent.CoerciveControl, "cc.threats", e => e with { PerpetratorId = dean.Id, Verified = true });

        Assert.Empty(MapGapRules.Find(map.Build(), Today));
    }

    [Fact]
    public void Find_OneControlEntryFromAnotherSource_ClearsUncorroborated()
    {
        var map = UncorroboratedMap(out var dean);
        map.Control(dean, "cc.threats", EvidenceSource.School);

        Assert.Empty(MapGapRules.Find(map.Build(), Today));
    }

    [Fact]
    public void Find_NoControlEntriesForHim_DoesNotRaiseUncorroborated()
    {
        var (map, _, _, _) = MapBuilder.FullyMapped();
        var gaps = MapGapRules.Find(Without(map.Build(), e => e.Component == MapComponent.CoerciveControl), Today);

        Assert.DoesNotContain(gaps, g => g.RuleId == MapGapRules.CoerciveControlUncorroborated);
    }

    private static MapBuilder UncorroboratedMap(out MapPerson dean)
    {
        var map = new MapBuilder();
        dean = map.Perpetrator();
        var amy = map.Survivor();
        var leo = map.Child();
        map.Control(dean, "cc.strangulation", EvidenceSource.SurvivorInterview);
        map.Control(dean, "cc.isolation", EvidenceSource.SurvivorInterview);
        map.Harm(dean, leo);
        map.Effort(amy);
        map.Impact(leo);
        map.Factor(dean);
        map.Interviewed(dean);
        return map;
    }

    [Fact]
    public void Find_FactorsForHerButNotForHim_RaisesDoubleStandardNamingHim()
    {
        var (map, dean, _, _) = MapBuilder.FullyMapped();

        var gap = Assert.Single(MapGapRules.Find(Without(map.Build(), e => e.AdultId == dean.Id), Today));

        Assert.Equal(MapGapRules.FactorsDoubleStandard, gap.RuleId);
        Assert.Equal(dean.Id, gap.PersonId);
        Assert.Equal(MapComponent.IntersectingFactors, gap.Component);
        Assert.Contains("none for Dean", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_FactorsForHimToo_ClearsDoubleStandard()
    {
        var (map, _, _, _) = MapBuilder.FullyMapped();

        Assert.DoesNotContain(MapGapRules.Find(map.Build(), Today), g => g.RuleId == MapGapRules.FactorsDoubleStandard);
    }

    [Fact]
    public void Find_FactorsOnlyForHim_DoesNotRaiseDoubleStandard()
    {
        var (map, _, amy, _) = MapBuilder.FullyMapped();

        Assert.Empty(MapGapRules.Find(Without(map.Build(), e => e.AdultId == amy.Id && e.Component == MapComponent.IntersectingFactors), Today));
    }

    [Fact]
    public void Find_NoAccountFromHim_RaisesNotInterviewedNamingHim()
    {
        var (map, dean, _, _) = MapBuilder.FullyMapped();

        var gap = Assert.Single(MapGapRules.Find(Without(map.Build(), e => e.Source == EvidenceSource.PerpetratorInterview), Today));

        Assert.Equal(MapGapRules.PerpetratorNotInterviewed, gap.RuleId);
        Assert.Equal(dean.Id, gap.PersonId);
        Assert.Contains("No interview with Dean", gap.Message, StringComparison.Ordinal);
        Assert.Contains("hold him accountable", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_InterviewRecordedElsewhereOnTheCase_ClearsNotInterviewed()
    {
        var (map, dean, _, _) = MapBuilder.FullyMapped();
        map.Interviewed(dean);

        Assert.Empty(MapGapRules.Find(Without(map.Build(), e => e.Source == EvidenceSource.PerpetratorInterview), Today));
    }

    [Fact]
    public void Find_AnotherPerpetratorsAccount_DoesNotCountAsHis()
    {
        var (map, dean, _, leo) = MapBuilder.FullyMapped();
        var carl = map.Perpetrator("Carl");
        map.Control(carl);
        map.Harm(carl, leo);
        map.Factor(carl);
        map.OwnAccount(carl);

        var gap = Assert.Single(MapGapRules.Find(Without(map.Build(), e => e.Source == EvidenceSource.PerpetratorInterview && e.PerpetratorId == dean.Id), Today));

        Assert.Equal((MapGapRules.PerpetratorNotInterviewed, dean.Id), (gap.RuleId, gap.PersonId));
    }

    [Fact]
    public void Find_NewestEntryExactlySixMonthsOld_IsNotStale()
    {
        var (map, _, _, _) = MapBuilder.FullyMapped();
        map.RecordedOn(Today.AddMonths(-MapGapRules.StaleAfterMonths));

        Assert.Empty(MapGapRules.Find(map.Build(), Today));
    }

    [Fact]
    public void Find_NewestEntrySixMonthsAndOneDayOld_IsStale()
    {
        var (map, _, _, _) = MapBuilder.FullyMapped();
        map.RecordedOn(Today.AddMonths(-MapGapRules.StaleAfterMonths).AddDays(-1));

        var gap = Assert.Single(MapGapRules.Find(map.Build(), Today));

        Assert.Equal(MapGapRules.Stale, gap.RuleId);
        Assert.Null(gap.PersonId);
        Assert.Contains("24 May 2026", gap.Message, StringComparison.Ordinal);
        Assert.Contains("may no longer describe the family", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_OldMapWithOneRecentEntry_IsNotStale()
    {
        var (map, _, amy, _) = MapBuilder.FullyMapped();
        map.RecordedOn(Today.AddYears(-2));
        map.Effort(amy);

        Assert.Empty(MapGapRules.Find(map.Build(), Today));
    }

    [Fact]
    public void Find_MapWithNoEntries_IsNotStale()
    {
        var map = new MapBuilder();
        map.Perpetrator();

        Assert.DoesNotContain(MapGapRules.Find(map.Build(), Today), g => g.RuleId == MapGapRules.Stale);
    }

    [Fact]
    public void Find_ManyGaps_ComeInRuleOrderThenPeopleOrder()
    {
        var map = new MapBuilder();
        var carl = map.Perpetrator("Carl");
        var amy = map.Survivor();
        var mia = map.Child("Mia");
        var dean = map.Perpetrator("Dean");
        var leo = map.Child("Leo");
        map.Control(dean, "cc.threats", EvidenceSource.SurvivorInterview);
        map.Control(carl, "cc.isolation", EvidenceSource.SurvivorInterview);
        map.Factor(amy);
        map.RecordedOn(Today.AddYears(-1));
        var snapshot = map.Build();

        var gaps = MapGapRules.Find(snapshot, Today);

        Assert.Equal(
            [
                (MapGapRules.ComponentEmpty, null),
                (MapGapRules.ComponentEmpty, null),
                (MapGapRules.ComponentEmpty, null),
                (MapGapRules.ChildWithoutImpact, mia.Id),
                (MapGapRules.ChildWithoutImpact, leo.Id),
                (MapGapRules.PerpetratorWithoutHarmToChild, carl.Id),
                (MapGapRules.PerpetratorWithoutHarmToChild, dean.Id),
                (MapGapRules.CoerciveControlUncorroborated, carl.Id),
                (MapGapRules.CoerciveControlUncorroborated, dean.Id),
                (MapGapRules.FactorsDoubleStandard, carl.Id),
                (MapGapRules.FactorsDoubleStandard, dean.Id),
                (MapGapRules.PerpetratorNotInterviewed, carl.Id),
                (MapGapRules.PerpetratorNotInterviewed, dean.Id),
                (MapGapRules.Stale, (Guid?)null),
            ],
            gaps.Select(g => (g.RuleId, g.PersonId)));
        Assert.Equal(
            [MapComponent.HarmToChild, MapComponent.ProtectiveEfforts, MapComponent.ChildImpact],
            gaps.Take(3).Select(g => g.Component!.Value));
        Assert.Equal(gaps, MapGapRules.Find(snapshot, Today));
        Assert.Equal(gaps.Select(g => g.RuleId), gaps.Select(g => g.RuleId).OrderBy(id => Array.IndexOf(RuleOrder, id)));
    }

    [Fact]
    public void Find_EveryMessage_IsOneOrTwoSentences()
    {
        var map = new MapBuilder();
        var dean = map.Perpetrator();
        var amy = map.Survivor();
        map.Child();
        map.Perpetrator("Carl");
        map.Control(dean, "cc.threats", EvidenceSource.SurvivorInterview);
        map.Factor(amy);
        map.RecordedOn(Today.AddYears(-1));
        var gaps = MapGapRules.Find(map.Build(), Today).Concat(MapGapRules.Find(new MapSnapshot([], []), Today)).ToList();

        Assert.Equal(RuleOrder.Length, gaps.Select(g => g.RuleId).Distinct().Count());
        Assert.All(gaps, g =>
        {
            var sentences = g.Message.Split(". ", StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(sentences, 1, 2);
            Assert.EndsWith(".", g.Message, StringComparison.Ordinal);
        });
    }
}
