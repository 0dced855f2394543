using BenchmarkDotNet.Attributes;
using Lantern.Practice.Mapping;

namespace Lantern.Bench;

/// <summary>The map engines on a busy case: 300 entries, 6 people (two perpetrators, a survivor, three children).</summary>
[MemoryDiagnoser]
public class MapBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private readonly MapTaxonomy taxonomy = MapTaxonomy.Default;
    private MapSnapshot map = new([], []);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        MapPerson[] people =
        [
            new(Guid.NewGuid(), "Dean", MapRole.Perpetrator),
            new(Guid.NewGuid(), "Amy", MapRole.Survivor),
            new(Guid.NewGuid(), "Leo", MapRole.Child),
            new(Guid.NewGuid(), "Mia", MapRole.Child),
            new(Guid.NewGuid(), "Sam", MapRole.Child),
            new(Guid.NewGuid(), "Carl", MapRole.Perpetrator),
        ];
        var perpetrators = new[] { people[0].Id, people[5].Id };
        var children = new[] { people[2].Id, people[3].Id, people[4].Id };
        var components = Enum.GetValues<MapComponent>();
        var sources = Enum.GetValues<EvidenceSource>();
        var entries = new List<MapEntryFacts>(300);
        for (var i = 0; i < 300; i++)
        {
            var component = components[i % components.Length];
            var categories = taxonomy.For(component);
            var perpetrator = perpetrators[random.Next(perpetrators.Length)];
            entries.Add(new MapEntryFacts
            {
                Id = Guid.NewGuid(),
                Component = component,
                CategoryKey = categories[random.Next(categories.Count)].Key,
                Source = sources[random.Next(sources.Length)],
                Verified = random.Next(4) == 0,
                RecordedOn = Today.AddDays(-random.Next(400)),
                PerpetratorId = component is MapComponent.CoerciveControl or MapComponent.HarmToChild ? perpetrator : null,
                AdultId = component switch
                {
                    MapComponent.ProtectiveEfforts => people[1].Id,
                    MapComponent.IntersectingFactors => random.Next(2) == 0 ? people[1].Id : perpetrator,
                    _ => null,
                },
                ChildIds = component is MapComponent.ChildImpact or MapComponent.HarmToChild ? [children[random.Next(children.Length)]] : [],
            });
        }

        map = new MapSnapshot(people, entries);
    }

    [Benchmark(Description = "Gap rules, 300 entries")]
    public int FindGaps() => MapGapRules.Find(map, Today).Count;

    [Benchmark(Description = "Worker safety, 300 entries")]
    public int AssessWorkerSafety() => WorkerSafety.Assess(map.Entries, taxonomy).Count;

    [Benchmark(Description = "Gap rules + worker safety, 300 entries")]
    public int Both() => MapGapRules.Find(map, Today).Count + WorkerSafety.Assess(map.Entries, taxonomy).Count;
}
