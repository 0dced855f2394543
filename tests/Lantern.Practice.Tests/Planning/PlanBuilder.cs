using Lantern.Practice.Planning;

namespace Lantern.Practice.Tests.Planning;

/// <summary>Builds small plans for tests: people by name, goals that pass every rule unless changed.</summary>
internal sealed class PlanBuilder
{
    public static readonly DateOnly Review = new(2027, 1, 15);

    private readonly List<PlanPerson> people = [];
    private readonly List<GoalFacts> goals = [];

    public bool SurvivorHasSafetyPlan { get; set; }

    public PlanPerson Add(string name, PlanRole role)
    {
        var person = new PlanPerson(Guid.NewGuid(), name, role);
        people.Add(person);
        return person;
    }

    public PlanPerson Perpetrator(string name = "Dean Calder") => Add(name, PlanRole.Perpetrator);

    public PlanPerson Survivor(string name = "Amy Calder") => Add(name, PlanRole.Survivor);

    public PlanPerson Child(string name = "Leo") => Add(name, PlanRole.Child);

    /// <summary>A complete goal for <paramref name="person"/> (null: a joint goal), changed by <paramref name="change"/>.</summary>
    public GoalFacts Goal(PlanPerson? person, string behaviour, Func<GoalFacts, GoalFacts>? change = null)
    {
        var goal = new GoalFacts
        {
            Id = Guid.NewGuid(),
            PersonId = person?.Id,
            Change = BehaviourChange.Stop,
            Behaviour = behaviour,
            Purpose = "The children are safe and no longer frightened at home.",
            SuccessIndicator = "No threats reported by the children, the school or the police for three months.",
            Measure = "Monthly check with the school, the police and the children.",
            VerifiedBy = "Social worker",
            ReviewOn = Review,
            MapEntryIds = [Guid.NewGuid()],
        };
        goal = change is null ? goal : change(goal);
        goals.Add(goal);
        return goal;
    }

    public PlanSnapshot Build() => new([.. people], [.. goals], SurvivorHasSafetyPlan);

    /// <summary>A family with a plan that passes every rule: Dean, Amy, Leo and Mia, one good goal each.</summary>
    public static (PlanBuilder Plan, PlanPerson Dean, PlanPerson Amy, PlanPerson Leo) Good()
    {
        var plan = new PlanBuilder();
        var dean = plan.Perpetrator();
        var amy = plan.Survivor();
        var leo = plan.Child();
        var mia = plan.Child("Mia");
        plan.Goal(dean, "Dean will stop threatening Amy and the children, in person, by phone and through messages.", g => g with
        {
            Services = ["Caring Dads programme"],
        });
        plan.Goal(amy, "Amy will work with the domestic abuse advocate on her safety plan and choose the support she wants.", g => g with
        {
            Change = BehaviourChange.Sustain,
            Purpose = "Amy and the children are supported and her efforts to protect them are recognised.",
            SuccessIndicator = "Amy says she feels supported and knows how to reach help at any time.",
            Measure = "Fortnightly contact with the advocate.",
        });
        plan.Goal(leo, "Leo is safe at home and has a trusted adult at school to talk to about what he saw.", g => g with
        {
            Change = BehaviourChange.Start,
            SuccessIndicator = "Leo sleeps through the night and tells his teacher he feels safe.",
        });
        plan.Goal(mia, "Mia has play therapy to help her heal and keeps her routines with her mum.", g => g with
        {
            Change = BehaviourChange.Start,
            SuccessIndicator = "Mia's nightmares lessen and she settles at nursery.",
        });
        return (plan, dean, amy, leo);
    }
}
