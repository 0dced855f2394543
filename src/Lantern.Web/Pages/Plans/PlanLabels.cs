using Lantern.Core.Plans;
using Lantern.Practice.Planning;

namespace Lantern.Web.Pages.Plans;

/// <summary>The plan's stored values in a caseworker's words (exhaustive switches).</summary>
public static class PlanLabels
{
    public static string For(BehaviourChange change) => change switch
    {
        BehaviourChange.Stop => "Stop",
        BehaviourChange.Start => "Start",
        BehaviourChange.Sustain => "Keep doing",
    };

    public static string For(GoalStatus status) => status switch
    {
        GoalStatus.NotStarted => "Not started",
        GoalStatus.InProgress => "In progress",
        GoalStatus.Met => "Met",
        GoalStatus.NotMet => "Not met",
    };

    /// <summary>The heading over a person's goals: his first (the source of the risk), then hers, then each child's.</summary>
    public static string GoalsHeading(PlanPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Role switch
        {
            PlanRole.Perpetrator => $"{person.Name}: changing his behaviour",
            PlanRole.Survivor => $"{person.Name}: partnership",
            PlanRole.Child => $"{person.Name}: safety and healing",
            PlanRole.OtherAdult => person.Name,
        };
    }

    public static int Order(PlanRole role) => role switch
    {
        PlanRole.Perpetrator => 0,
        PlanRole.Survivor => 1,
        PlanRole.Child => 2,
        PlanRole.OtherAdult => 3,
    };
}
