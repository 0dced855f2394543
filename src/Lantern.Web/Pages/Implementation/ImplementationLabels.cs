using Lantern.Core.Agencies;
using Lantern.Core.Implementation;
using Lantern.Web.Pages.Forms;

namespace Lantern.Web.Pages.Implementation;

/// <summary>Implementation records' values in words; the continuum's own names come from <see cref="ContinuumNames"/>.</summary>
public static class ImplementationLabels
{
    public static string For(TrainingCourse course) => course switch
    {
        TrainingCourse.Overview => "Overview of the model",
        TrainingCourse.CorePractice => "Core practice training",
        TrainingCourse.Supervisors => "Training for supervisors",
        TrainingCourse.Champions => "Training for champions",
        TrainingCourse.PartnerAgencies => "Training with partner agencies",
        TrainingCourse.Refresher => "Refresher",
    };

    public static string For(PresentationAudience audience) => audience switch
    {
        PresentationAudience.OwnUnit => "Our own unit or team",
        PresentationAudience.OtherUnit => "Another unit in our agency",
        PresentationAudience.PartnerAgency => "A partner agency",
    };

    public static string For(ContinuumArea area) => ContinuumNames.Of(area);

    public static string For(ContinuumLevel level) => ContinuumNames.Of(level);

    /// <summary>What each level looks like in practice, in our own words, to help an agency place itself.</summary>
    public static string Describe(ContinuumLevel level) => level switch
    {
        ContinuumLevel.Destructive => "Practice adds to the harm: the survivor is blamed or punished for his behaviour, and his pattern goes unexamined.",
        ContinuumLevel.Neglectful => "Domestic abuse is overlooked or treated as an adult matter; his choices and their effect on the children are rarely recorded.",
        ContinuumLevel.PreCompetent => "Staff know the ideas and some practice follows them, unevenly and without the systems to hold it.",
        ContinuumLevel.Competent => "The principles guide most practice, with policy, supervision and data behind them.",
        ContinuumLevel.Proficient => "Practice is consistently pattern-based, survivor-partnered and child-centred, and the agency helps others to get there.",
    };

    /// <summary>A change between two self-assessments in words: "Up one level from Pre-competent".</summary>
    public static string Movement(ContinuumChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Movement is not { } movement || change.Previous is not { } previous)
        {
            return "First self-assessment";
        }

        return movement switch
        {
            0 => "No change",
            > 0 => $"Up {LevelCount(movement)} from {For(previous)}",
            _ => $"Down {LevelCount(-movement)} from {For(previous)}",
        };
    }

    /// <summary>A staff member's roles, for the hint beside their name.</summary>
    public static string Roles(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return string.Join(", ", member.Roles.Select(r => r switch
        {
            LanternRoles.Practitioner => "Practitioner",
            LanternRoles.Supervisor => "Supervisor",
            LanternRoles.Manager => "Manager",
            LanternRoles.Reviewer => "Reviewer",
            _ => r,
        }));
    }

    public static IReadOnlyList<Choice> Courses { get; } = Choice.FromEnum<TrainingCourse>(For);

    public static IReadOnlyList<Choice> Audiences { get; } = Choice.FromEnum<PresentationAudience>(For);

    /// <summary>Levels from best to worst, as a radio group reads most naturally when an agency aims high.</summary>
    public static IReadOnlyList<Choice> Levels { get; } =
        [.. Enum.GetValues<ContinuumLevel>().Reverse().Select(l => new Choice(l.ToString(), For(l)))];

    private static string LevelCount(int count) => count == 1 ? "one level" : $"{count} levels";
}
