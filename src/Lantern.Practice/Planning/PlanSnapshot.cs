namespace Lantern.Practice.Planning;

/// <summary>A case plan as the checker sees it.</summary>
/// <param name="SurvivorHasSafetyPlan">A safety plan exists for the survivor. Only its existence is passed: findings are shown to people who may not see it.</param>
public sealed record PlanSnapshot(IReadOnlyList<PlanPerson> People, IReadOnlyList<GoalFacts> Goals, bool SurvivorHasSafetyPlan);
