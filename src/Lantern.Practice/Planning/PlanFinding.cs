namespace Lantern.Practice.Planning;

/// <summary>Something the checker found in a plan, explained in the model's terms.</summary>
/// <param name="RuleId">Stable id (see <see cref="PlanChecker"/>).</param>
/// <param name="GoalId">The goal it is about, if any.</param>
/// <param name="PersonId">The person it is about, if any.</param>
/// <param name="Field">The goal field it points at (a <see cref="GoalFacts"/> property name), if any.</param>
public sealed record PlanFinding(string RuleId, string Message, Guid? GoalId = null, Guid? PersonId = null, string? Field = null);
