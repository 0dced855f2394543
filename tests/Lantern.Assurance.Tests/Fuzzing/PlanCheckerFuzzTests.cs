using CsCheck;
using Lantern.Practice.Planning;
using Xunit;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>The plan checker on generated plans whose every text is hostile: it never throws (a regex timeout included), and findings name only the plan's own goals and people (or the person a goal is for).</summary>
public sealed class PlanCheckerFuzzTests
{
    private static readonly Gen<PlanPerson> People = Gen.Select(Gen.Guid, HostileText.Any.Select(t => t[..Math.Min(t.Length, 120)]),
        Gen.OneOf(Enum.GetValues<PlanRole>()), (id, name, role) => new PlanPerson(id, name, role));

    private static Gen<GoalFacts> Goals(PlanPerson[] people) =>
        Gen.Select(
            Gen.Select(Gen.Guid, people.Length == 0 ? Gen.Const((Guid?)null) : Gen.Frequency<Guid?>((5, Gen.OneOf(people).Select(p => (Guid?)p.Id)), (1, Gen.Const((Guid?)null)), (1, Gen.Guid.Select(g => (Guid?)g)))),
            Gen.Frequency<BehaviourChange?>((4, Gen.OneOf(Enum.GetValues<BehaviourChange>()).Select(c => (BehaviourChange?)c)), (1, Gen.Const((BehaviourChange?)null))),
            Gen.Select(HostileText.Any, HostileText.Any, HostileText.Any, HostileText.Any, HostileText.Any),
            Gen.Frequency<DateOnly?>((3, Gen.Int[-3_000, 3_000].Select(d => (DateOnly?)new DateOnly(2026, 11, 30).AddDays(d))), (1, Gen.Const((DateOnly?)null))),
            Gen.Guid.Array[0, 3],
            HostileText.Any.Array[0, 3],
            Gen.Bool,
            (who, change, texts, review, mapEntries, services, met) => new GoalFacts
            {
                Id = who.Item1,
                PersonId = who.Item2,
                Change = change,
                Behaviour = texts.Item1,
                Purpose = texts.Item2,
                SuccessIndicator = texts.Item3,
                Measure = texts.Item4,
                VerifiedBy = texts.Item5,
                ReviewOn = review,
                MapEntryIds = mapEntries,
                Services = services,
                IsMet = met,
            });

    private static readonly Gen<PlanSnapshot> Plans =
        from people in People.Array[0, 8]
        from goals in Goals(people).Array[0, 8]
        from safetyPlan in Gen.Bool
        select new PlanSnapshot(people, goals, safetyPlan);

    [Fact]
    public void Check_GeneratedPlan_NeverThrowsAndNamesOnlyItsOwnGoalsAndPeople()
    {
        var findings = 0;
        Plans.Sample(plan =>
        {
            foreach (var finding in PlanChecker.Check(plan))
            {
                Interlocked.Increment(ref findings);
                Assert.False(string.IsNullOrWhiteSpace(finding.Message));
                Assert.True(finding.GoalId is null || plan.Goals.Any(g => g.Id == finding.GoalId), $"Finding {finding.RuleId} names goal {finding.GoalId}, not in the plan");
                Assert.True(finding.PersonId is null || plan.People.Any(p => p.Id == finding.PersonId) || plan.Goals.Any(g => g.PersonId == finding.PersonId),
                    $"Finding {finding.RuleId} names person {finding.PersonId}, neither in the plan nor on a goal");
            }
        }, iter: 3_000);

        TestContext.Current.TestOutputHelper?.WriteLine($"{findings:N0} findings on 3,000 generated plans");
        Assert.True(findings > 0, "No generated plan drew a finding: the generator is not reaching the rules.");
    }
}
