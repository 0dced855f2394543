using Lantern.Practice.Mapping;

namespace Lantern.Practice.Tests.Mapping;

/// <summary>Builds small map snapshots for tests: people by name, entries with sensible defaults.</summary>
internal sealed class MapBuilder
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    private readonly List<MapPerson> people = [];
    private readonly List<MapEntryFacts> entries = [];
    private readonly HashSet<Guid> interviewed = [];

    public MapPerson Add(string name, MapRole role)
    {
        var person = new MapPerson(Guid.NewGuid(), name, role);
        people.Add(person);
        return person;
    }

    public MapPerson Perpetrator(string name = "Dean") => Add(name, MapRole.Perpetrator);

    public MapPerson Survivor(string name = "Amy") => Add(name, MapRole.Survivor);

    public MapPerson Child(string name = "Leo") => Add(name, MapRole.Child);

    public MapEntryFacts Entry(MapComponent component, string categoryKey, Func<MapEntryFacts, MapEntryFacts>? change = null)
    {
        var entry = new MapEntryFacts
        {
            Id = Guid.NewGuid(),
            Component = component,
            CategoryKey = categoryKey,
            Source = EvidenceSource.SurvivorInterview,
            RecordedOn = Today,
        };
        entry = change is null ? entry : change(entry);
        entries.Add(entry);
        return entry;
    }

    public MapEntryFacts Control(MapPerson perpetrator, string key = "cc.isolation", EvidenceSource source = EvidenceSource.PoliceReport) =>
        Entry(MapComponent.CoerciveControl, key, e => e with { PerpetratorId = perpetrator.Id, Source = source });

    public MapEntryFacts Harm(MapPerson perpetrator, params MapPerson[] children) =>
        Entry(MapComponent.HarmToChild, "hc.using-child", e => e with { PerpetratorId = perpetrator.Id, ChildIds = [.. children.Select(c => c.Id)] });

    public MapEntryFacts Effort(MapPerson survivor) =>
        Entry(MapComponent.ProtectiveEfforts, "pe.safety", e => e with { AdultId = survivor.Id });

    public MapEntryFacts Impact(params MapPerson[] children) =>
        Entry(MapComponent.ChildImpact, "ci.emotional-behavioural", e => e with { ChildIds = [.. children.Select(c => c.Id)] });

    public MapEntryFacts Factor(MapPerson adult, string key = "if.mental-health") =>
        Entry(MapComponent.IntersectingFactors, key, e => e with { AdultId = adult.Id });

    public MapEntryFacts OwnAccount(MapPerson perpetrator) =>
        Entry(MapComponent.CoerciveControl, "cc.emotional-abuse", e => e with { PerpetratorId = perpetrator.Id, Source = EvidenceSource.PerpetratorInterview });

    public MapBuilder Interviewed(MapPerson perpetrator)
    {
        interviewed.Add(perpetrator.Id);
        return this;
    }

    /// <summary>Records that every entry so far was made on this date.</summary>
    public MapBuilder RecordedOn(DateOnly date)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i] = entries[i] with { RecordedOn = date };
        }

        return this;
    }

    public MapSnapshot Build() => new([.. people], [.. entries], interviewed.Count == 0 ? null : new HashSet<Guid>(interviewed));

    /// <summary>A family mapped in full: every component, every child, corroborated control, his factors and his own account.</summary>
    public static (MapBuilder Map, MapPerson Perpetrator, MapPerson Survivor, MapPerson Child) FullyMapped()
    {
        var map = new MapBuilder();
        var dean = map.Perpetrator();
        var amy = map.Survivor();
        var leo = map.Child();
        map.Control(dean, "cc.strangulation", EvidenceSource.SurvivorInterview);
        map.Control(dean, "cc.monitoring-stalking", EvidenceSource.PoliceReport);
        map.OwnAccount(dean);
        map.Harm(dean, leo);
        map.Effort(amy);
        map.Impact(leo);
        map.Factor(amy, "if.mental-health");
        map.Factor(dean, "if.substance-misuse");
        return (map, dean, amy, leo);
    }
}
