using BenchmarkDotNet.Attributes;
using Lantern.Practice.Planning;

namespace Lantern.Bench;

/// <summary>The plan checker on a busy plan: 40 goals for 6 people (two perpetrators, a survivor, three children).</summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private static readonly string[] Behaviours =
    [
        "Dean will stop threatening Amy and the children, in person, by phone and through messages.",
        "Father to attend a perpetrator programme.",
        "Amy will ensure the children have no contact with their father.",
        "Amy will work with the domestic abuse advocate on her safety plan and choose the support she wants.",
        "Parents will stop arguing in front of the children.",
        "Carl will stop using the children to pass messages to Amy and will speak respectfully about her to them.",
        "Leo has a trusted adult at school and sleeps through the night.",
        "Dean will complete the Caring Dads programme and stop calling Amy names in front of the children.",
    ];

    private static readonly string[] Indicators =
    [
        "No threats reported by the children, the school or the police for three months.",
        "Programme completed.",
        "",
        "Amy says she feels supported and knows how to reach help at any time.",
    ];

    private PlanSnapshot plan = new([], [], false);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        PlanPerson[] people =
        [
            new(Guid.NewGuid(), "Dean Calder", PlanRole.Perpetrator),
            new(Guid.NewGuid(), "Amy Calder", PlanRole.Survivor),
            new(Guid.NewGuid(), "Leo", PlanRole.Child),
            new(Guid.NewGuid(), "Mia", PlanRole.Child),
            new(Guid.NewGuid(), "Sam", PlanRole.Child),
            new(Guid.NewGuid(), "Carl Hughes", PlanRole.Perpetrator),
        ];
        var goals = new List<GoalFacts>(40);
        for (var i = 0; i < 40; i++)
        {
            var owner = random.Next(8) == 0 ? (Guid?)null : people[random.Next(people.Length)].Id;
            goals.Add(new GoalFacts
            {
                Id = Guid.NewGuid(),
                PersonId = owner,
                Change = BehaviourChange.Stop,
                Behaviour = Behaviours[random.Next(Behaviours.Length)],
                Purpose = "The children are safe and no longer frightened at home, and their routines are kept.",
                SuccessIndicator = Indicators[random.Next(Indicators.Length)],
                Measure = random.Next(5) == 0 ? "" : "Monthly check with the school, the police and the children.",
                VerifiedBy = "Social worker",
                ReviewOn = random.Next(4) == 0 ? null : new DateOnly(2027, 1, 15),
                MapEntryIds = random.Next(6) == 0 ? [] : [Guid.NewGuid()],
                Services = random.Next(10) == 0 ? ["Couples counselling"] : ["Caring Dads programme"],
            });
        }

        plan = new PlanSnapshot(people, goals, SurvivorHasSafetyPlan: true);
    }

    [Benchmark(Description = "Plan checker, 40 goals, 6 people")]
    public int Check() => PlanChecker.Check(plan).Count;
}
