namespace Lantern.Practice.Planning;

/// <summary>
/// Checks a case plan against the model: the perpetrator, the source of the risk, has behaviour-based measurable
/// goals; the survivor is a partner and never made responsible for his behaviour; whose behaviour must change is
/// never blurred; every child has a goal; every goal traces to the map and has a measure and a review date.
/// </summary>
public static class PlanChecker
{
    public const string PerpetratorWithoutGoal = "perpetrator-without-goal";
    public const string SurvivorMadeResponsible = "survivor-made-responsible";
    public const string JointGoal = "joint-goal";
    public const string ServiceOnly = "service-only";
    public const string NoMeasure = "no-measure";
    public const string NoReviewDate = "no-review-date";
    public const string NoMapLink = "no-map-link";
    public const string ChildWithoutGoal = "child-without-goal";
    public const string ConflictsWithSafetyPlan = "conflicts-with-safety-plan";

    /// <summary>The version of the rules, recorded with findings.</summary>
    public const string RulesVersion = "2026.11.1";

    public static IReadOnlyList<PlanFinding> Check(PlanSnapshot plan) => throw new NotImplementedException();
}
