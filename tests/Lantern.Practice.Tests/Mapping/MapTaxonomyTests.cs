using Lantern.Practice.Mapping;
using Xunit;

namespace Lantern.Practice.Tests.Mapping;

public sealed class MapTaxonomyTests
{
    private static readonly MapTaxonomy Taxonomy = MapTaxonomy.Default;

    [Fact]
    public void Default_Loads_WithAVersionAndTheSameInstanceEachTime()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", Taxonomy.Version);
        Assert.Same(Taxonomy, MapTaxonomy.Default);
        Assert.NotEmpty(Taxonomy.All);
    }

    [Fact]
    public void Default_EveryComponent_HasCategories()
    {
        Assert.All(Enum.GetValues<MapComponent>(), c => Assert.NotEmpty(Taxonomy.For(c)));
    }

    [Fact]
    public void Default_Keys_AreUniqueLowerCaseAndPrefixedByComponent()
    {
        var prefixes = new Dictionary<MapComponent, string>
        {
            [MapComponent.CoerciveControl] = "cc.",
            [MapComponent.HarmToChild] = "hc.",
            [MapComponent.ProtectiveEfforts] = "pe.",
            [MapComponent.ChildImpact] = "ci.",
            [MapComponent.IntersectingFactors] = "if.",
        };

        Assert.Equal(Taxonomy.All.Count, Taxonomy.All.Select(c => c.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Taxonomy.All, c =>
        {
            Assert.Matches(@"^[a-z]{2}\.[a-z]+(-[a-z]+)*$", c.Key);
            Assert.StartsWith(prefixes[c.Component], c.Key, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(c.Label));
            Assert.False(string.IsNullOrWhiteSpace(c.Hint));
        });
    }

    [Theory]
    [InlineData("cc.strangulation", "Strangulation")]
    [InlineData("hc.using-child", "Using the child against her")]
    [InlineData("pe.safety", "Safety")]
    [InlineData("ci.relationship-survivor", "Relationship with the survivor")]
    [InlineData("if.culture-faith-language", "Culture, faith and language")]
    public void Find_DefaultKey_ReturnsItsLabel(string key, string label)
    {
        Assert.Equal(label, Taxonomy.Find(key)?.Label);
    }

    [Fact]
    public void Default_Strangulation_IsHighRiskAndNamedAsAHomicidePredictor()
    {
        var strangulation = Taxonomy.Find("cc.strangulation");

        Assert.NotNull(strangulation);
        Assert.True(strangulation.HighRisk);
        Assert.False(strangulation.WorkerSafety);
        Assert.Contains("homicide", strangulation.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_WorkerSafetyCategories_AreFlaggedAndWeaponsIsAlsoHighRisk()
    {
        var workerSafety = Taxonomy.All.Where(c => c.WorkerSafety).Select(c => c.Key).Order(StringComparer.Ordinal);

        Assert.Equal(["cc.hostility-at-visits", "cc.intimidating-professionals", "cc.threats-to-staff", "cc.weapons-access"], workerSafety);
        Assert.True(Taxonomy.Find("cc.weapons-access")!.HighRisk);
        Assert.Equal(["cc.strangulation", "cc.weapons-access"], Taxonomy.All.Where(c => c.HighRisk).Select(c => c.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Default_ProtectiveEfforts_AreTheFourDomains()
    {
        Assert.Equal(["pe.safety", "pe.wellbeing", "pe.stability", "pe.nurturance"], Taxonomy.For(MapComponent.ProtectiveEfforts).Select(c => c.Key));
    }

    [Fact]
    public void For_SameComponentTwice_ReturnsTheSameList()
    {
        Assert.Same(Taxonomy.For(MapComponent.ChildImpact), Taxonomy.For(MapComponent.ChildImpact));
    }

    [Fact]
    public void Find_UnknownKey_ReturnsNull()
    {
        Assert.Null(Taxonomy.Find("cc.no-such-thing"));
    }

    [Fact]
    public void WithAgencyChanges_HiddenCategory_LeftOutOfForButStillFound()
    {
        var agency = Taxonomy.WithAgencyChanges([], ["cc.property-damage"]);

        Assert.DoesNotContain(agency.For(MapComponent.CoerciveControl), c => c.Key == "cc.property-damage");
        Assert.Equal("Damaging property", agency.Find("cc.property-damage")?.Label);
        Assert.Contains(agency.All, c => c.Key == "cc.property-damage");
        Assert.True(agency.IsHidden("cc.property-damage"));
        Assert.Equal(Taxonomy.For(MapComponent.CoerciveControl).Count - 1, agency.For(MapComponent.CoerciveControl).Count);
        Assert.Contains(Taxonomy.For(MapComponent.CoerciveControl), c => c.Key == "cc.property-damage");
    }

    [Fact]
    public void WithAgencyChanges_AddedCategory_OfferedForItsComponentAfterTheDefaults()
    {
        var honour = new MapCategory("cc.agency-honour-based", MapComponent.CoerciveControl, "Honour-based abuse", "Abuse in the name of family honour.", HighRisk: true);

        var agency = Taxonomy.WithAgencyChanges([honour], []);

        Assert.Equal(honour, agency.For(MapComponent.CoerciveControl)[^1]);
        Assert.Same(honour, agency.Find("cc.agency-honour-based"));
        Assert.Null(Taxonomy.Find("cc.agency-honour-based"));
        Assert.Equal(Taxonomy.Version, agency.Version);
    }

    [Fact]
    public void WithAgencyChanges_Chained_KeepsEarlierHiddenKeys()
    {
        var agency = Taxonomy.WithAgencyChanges([], ["ci.development"]).WithAgencyChanges([], ["ci.education"]);

        Assert.DoesNotContain(agency.For(MapComponent.ChildImpact), c => c.Key is "ci.development" or "ci.education");
    }

    [Fact]
    public void WithAgencyChanges_DuplicateKey_Throws()
    {
        var duplicate = new MapCategory("cc.strangulation", MapComponent.CoerciveControl, "Choking");

        var error = Assert.Throws<ArgumentException>(() => Taxonomy.WithAgencyChanges([duplicate], []));

        Assert.Contains("cc.strangulation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "A label")]
    [InlineData("  ", "A label")]
    [InlineData("cc.agency-x", "")]
    public void WithAgencyChanges_EmptyKeyOrLabel_Throws(string key, string label)
    {
        Assert.Throws<ArgumentException>(() => Taxonomy.WithAgencyChanges([new MapCategory(key, MapComponent.CoerciveControl, label)], []));
    }

    [Fact]
    public void Parse_ValidDocument_KeepsOrderAndFlags()
    {
        var taxonomy = MapTaxonomy.Parse("""
            { "version": "1.0.0", "categories": [
              { "key": "cc.a", "component": "CoerciveControl", "label": "A", "highRisk": true },
              { "key": "hc.b", "component": "HarmToChild", "label": "B", "hint": "b", "workerSafety": true } ] }
            """);

        Assert.Equal("1.0.0", taxonomy.Version);
        Assert.Equal(["cc.a", "hc.b"], taxonomy.All.Select(c => c.Key));
        Assert.True(taxonomy.Find("cc.a")!.HighRisk);
        Assert.True(taxonomy.Find("hc.b")!.WorkerSafety);
        Assert.Empty(taxonomy.For(MapComponent.ChildImpact));
    }

    [Theory]
    [InlineData("""{ "version": "1.0.0", "categories": [ { "key": "cc.a", "component": "CoerciveControl", "label": "A" }, { "key": "cc.a", "component": "CoerciveControl", "label": "B" } ] }""", "already taken")]
    [InlineData("""{ "version": "1.0.0", "categories": [ { "key": "cc.a", "component": "Relationship", "label": "A" } ] }""", "unknown component")]
    [InlineData("""{ "version": "1.0.0", "categories": [ { "key": "cc.a", "component": "7", "label": "A" } ] }""", "unknown component")]
    [InlineData("""{ "version": "1.0.0", "categories": [ { "key": "cc.a", "component": "CoerciveControl", "label": " " } ] }""", "no label")]
    [InlineData("""{ "version": "1.0.0", "categories": [ { "component": "CoerciveControl", "label": "A" } ] }""", "no key")]
    [InlineData("""{ "categories": [ { "key": "cc.a", "component": "CoerciveControl", "label": "A" } ] }""", "no version")]
    [InlineData("""{ "version": "1.0.0", "categories": [] }""", "no categories")]
    [InlineData("""{ "version": """, "not valid JSON")]
    public void Parse_BadData_ThrowsAClearError(string json, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MapTaxonomy.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_FromManyThreads_IsLoadedOnce()
    {
        var seen = new MapTaxonomy[16];
        Parallel.For(0, seen.Length, i => seen[i] = MapTaxonomy.Default);

        Assert.All(seen, t => Assert.Same(Taxonomy, t));
    }
}
