namespace Lantern.Practice.Planning;

/// <summary>
/// Checks a case plan against the model: the perpetrator, the source of the risk, has behaviour-based measurable
/// goals; the survivor is a partner and never made responsible for his behaviour; whose behaviour must change is
/// never blurred; every child has a goal; every goal traces to the map and has a measure and a review date.
/// </summary>
/// <remarks>
/// Findings come in a fixed order: first the people without goals, in the order of <see cref="PlanSnapshot.People"/>;
/// then each goal in the order of <see cref="PlanSnapshot.Goals"/>, its findings in the order the rule constants are
/// declared. People and goals are each read once; nothing is allocated but the findings, their messages and the list.
/// </remarks>
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

    private const int StackPeople = 32;

    public static IReadOnlyList<PlanFinding> Check(PlanSnapshot plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var people = plan.People ?? [];
        var goals = plan.Goals ?? [];
        var count = people.Count;

        Span<Guid> ids = count <= StackPeople ? stackalloc Guid[StackPeople] : new Guid[count];
        Span<int> goalCounts = count <= StackPeople ? stackalloc int[StackPeople] : new int[count];
        ids = ids[..count];
        goalCounts = goalCounts[..count];
        goalCounts.Clear();
        var perpetrators = new List<string>(2);
        string? perpetrator = null;
        string? survivor = null;
        for (var i = 0; i < count; i++)
        {
            ids[i] = people[i].Id;
            if (people[i].Role == PlanRole.Perpetrator)
            {
                perpetrators.Add(people[i].Name);
                perpetrator ??= people[i].Name;
            }
            else if (people[i].Role == PlanRole.Survivor)
            {
                survivor ??= people[i].Name;
            }
        }

        for (var g = 0; g < goals.Count; g++)
        {
            var owner = goals[g].PersonId is { } id ? ids.IndexOf(id) : -1;
            if (owner >= 0)
            {
                goalCounts[owner]++;
            }
        }

        var him = perpetrator ?? "the perpetrator";
        var her = survivor ?? "the survivor";
        var findings = new List<PlanFinding>();

        for (var i = 0; i < count; i++)
        {
            if (goalCounts[i] > 0)
            {
                continue;
            }

            var person = people[i];
            if (person.Role == PlanRole.Perpetrator)
            {
                findings.Add(new PlanFinding(PerpetratorWithoutGoal,
                    $"{person.Name} has no goals. He is the source of the risk to the children: without goals for what he will stop and start doing, the plan leaves the change to {her}.",
                    PersonId: person.Id));
            }
            else if (person.Role == PlanRole.Child)
            {
                findings.Add(new PlanFinding(ChildWithoutGoal,
                    $"{person.Name} has no goal. Children get goals of their own, for their safety and for their healing from what they have lived through.",
                    PersonId: person.Id));
            }
        }

        var familyTherapyCounts = perpetrator is not null && survivor is not null;
        for (var g = 0; g < goals.Count; g++)
        {
            var goal = goals[g];
            var owner = goal.PersonId is { } id ? ids.IndexOf(id) : -1;
            var ownerRole = owner >= 0 ? people[owner].Role : (PlanRole?)null;
            var ownerName = owner >= 0 ? people[owner].Name : null;
            var behaviour = goal.Behaviour ?? "";
            var purpose = goal.Purpose ?? "";
            var indicator = goal.SuccessIndicator ?? "";
            var joint = goal.PersonId is null || PlanPhrases.IsJoint(behaviour);

            if (ownerRole == PlanRole.Survivor || joint)
            {
                var field = PlanPhrases.MakesHerResponsible(behaviour, perpetrators) ? nameof(GoalFacts.Behaviour)
                    : PlanPhrases.MakesHerResponsible(purpose, perpetrators) ? nameof(GoalFacts.Purpose)
                    : PlanPhrases.MakesHerResponsible(indicator, perpetrators) ? nameof(GoalFacts.SuccessIndicator)
                    : null;
                if (field is not null)
                {
                    var whose = ownerRole == PlanRole.Survivor ? ownerName! : her;
                    findings.Add(new PlanFinding(SurvivorMadeResponsible,
                        $"{Subject(ownerName)} makes {whose} responsible for {him}'s behaviour or for keeping him away. The behaviour is his: {whose}'s goals are about partnership (safety planning with her, her own and the children's well-being), so move this into {him}'s goals.",
                        goal.Id, goal.PersonId, field));
                }
            }

            if (joint)
            {
                findings.Add(new PlanFinding(JointGoal,
                    $"{Subject(ownerName)} is written for more than one person, which blurs whose behaviour must change. Write separate goals: for {him}, what he will stop and start doing; for {her}, how the plan partners with her.",
                    goal.Id, goal.PersonId, nameof(GoalFacts.Behaviour)));
            }

            if (PlanPhrases.IsServiceOnlyBehaviour(behaviour) && PlanPhrases.IsAttendanceOnlyIndicator(indicator))
            {
                var who = ownerName ?? "each person";
                findings.Add(new PlanFinding(ServiceOnly,
                    $"{Subject(ownerName)} asks only for a service to be attended or completed, and completion is not change. Say what {who} will stop or start doing and what will be seen when the behaviour has changed.",
                    goal.Id, goal.PersonId, nameof(GoalFacts.Behaviour)));
            }

            if (string.IsNullOrWhiteSpace(indicator))
            {
                findings.Add(new PlanFinding(NoMeasure,
                    $"{Subject(ownerName)} has no success indicator. Say what will be seen when the goal is met, so that progress is judged on behaviour rather than impressions.",
                    goal.Id, goal.PersonId, nameof(GoalFacts.SuccessIndicator)));
            }
            else if (string.IsNullOrWhiteSpace(goal.Measure))
            {
                findings.Add(new PlanFinding(NoMeasure,
                    $"{Subject(ownerName)} has no measure. Say how progress will be measured (how often, from which source), so that change can be shown rather than assumed.",
                    goal.Id, goal.PersonId, nameof(GoalFacts.Measure)));
            }

            if (goal.ReviewOn is null && !goal.IsMet)
            {
                findings.Add(new PlanFinding(NoReviewDate,
                    $"{Subject(ownerName)} has no review date. Without one nobody checks whether the behaviour has changed, and the plan drifts.",
                    goal.Id, goal.PersonId, nameof(GoalFacts.ReviewOn)));
            }

            if ((goal.MapEntryIds?.Count ?? 0) == 0)
            {
                findings.Add(new PlanFinding(NoMapLink,
                    $"{Subject(ownerName)} is not linked to the map. Every goal answers something assessed on the map, so that the plan addresses the harm found rather than a menu of services.",
                    goal.Id, goal.PersonId, nameof(GoalFacts.MapEntryIds)));
            }

            var jointWorkField = JointWorkField(goal, behaviour, purpose, indicator, familyTherapyCounts);
            if (jointWorkField is not null)
            {
                findings.Add(new PlanFinding(ConflictsWithSafetyPlan, plan.SurvivorHasSafetyPlan
                        ? $"{Subject(ownerName)} proposes joint work between {him} and {her}, such as joint sessions, couples counselling or mediation. It conflicts with her safety planning: work with each of them separately."
                        : $"{Subject(ownerName)} proposes joint work between {him} and {her}, such as joint sessions, couples counselling or mediation. Joint work with the person causing harm puts {her} at risk and silences her: work with each of them separately.",
                    goal.Id, goal.PersonId, jointWorkField));
            }
        }

        return findings;
    }

    private static string Subject(string? ownerName) => ownerName is null ? "This goal" : $"{ownerName}'s goal";

    private static string? JointWorkField(GoalFacts goal, string behaviour, string purpose, string indicator, bool familyTherapyCounts)
    {
        if (PlanPhrases.ProposesJointWork(behaviour, familyTherapyCounts))
        {
            return nameof(GoalFacts.Behaviour);
        }

        if (PlanPhrases.ProposesJointWork(purpose, familyTherapyCounts))
        {
            return nameof(GoalFacts.Purpose);
        }

        if (PlanPhrases.ProposesJointWork(indicator, familyTherapyCounts))
        {
            return nameof(GoalFacts.SuccessIndicator);
        }

        var services = goal.Services ?? [];
        for (var s = 0; s < services.Count; s++)
        {
            if (PlanPhrases.ProposesJointWork(services[s], familyTherapyCounts))
            {
                return nameof(GoalFacts.Services);
            }
        }

        return null;
    }
}
