namespace Lantern.Core.Dashboards;

/// <summary>
/// What a day adds to the practice dashboard: notes dated that day with their words and pivot findings still standing,
/// and intakes received that day and completed, by screening outcome. Summable, so a team's days add up to any period.
/// </summary>
public abstract class DayFigures
{
    public DateOnly Day { get; set; }
    public int Notes { get; set; }
    public long Words { get; set; }
    public int VictimBlaming { get; set; }
    public int Mutualizing { get; set; }
    public int PerpetratorInvisible { get; set; }
    public int Minimizing { get; set; }
    public int DoubleStandard { get; set; }
    public int IntakesCompleted { get; set; }
    public int DomesticAbuseIndicated { get; set; }
    public int NoIndicatorsFound { get; set; }
    public int UnableToScreen { get; set; }

    /// <summary>Adds <paramref name="other"/> times <paramref name="sign"/> (+1 or -1).</summary>
    public void Add(DayFigures other, int sign)
    {
        ArgumentNullException.ThrowIfNull(other);
        Notes += sign * other.Notes;
        Words += sign * other.Words;
        VictimBlaming += sign * other.VictimBlaming;
        Mutualizing += sign * other.Mutualizing;
        PerpetratorInvisible += sign * other.PerpetratorInvisible;
        Minimizing += sign * other.Minimizing;
        DoubleStandard += sign * other.DoubleStandard;
        IntakesCompleted += sign * other.IntakesCompleted;
        DomesticAbuseIndicated += sign * other.DomesticAbuseIndicated;
        NoIndicatorsFound += sign * other.NoIndicatorsFound;
        UnableToScreen += sign * other.UnableToScreen;
    }

    public bool IsZero => Notes == 0 && Words == 0 && VictimBlaming == 0 && Mutualizing == 0 && PerpetratorInvisible == 0 && Minimizing == 0
        && DoubleStandard == 0 && IntakesCompleted == 0 && DomesticAbuseIndicated == 0 && NoIndicatorsFound == 0 && UnableToScreen == 0;
}

/// <summary>
/// The day figures of one team of an agency (<see cref="Guid.Empty"/> for cases with no team), added to and taken from
/// as its cases' records change: the dashboard sums a few hundred of these rows rather than every note of the period.
/// </summary>
public sealed class DashboardTeamDay : DayFigures
{
    public Guid AgencyId { get; set; }
    public Guid TeamId { get; set; }
}

/// <summary>
/// One case's own share of its team's day figures, as last added to them, so that a change to the case takes away
/// exactly what it added before; also whether someone had contact with him that day, for "cases with contact with him".
/// </summary>
public sealed class DashboardCaseDay : DayFigures
{
    public Guid CaseId { get; set; }
    public Guid AgencyId { get; set; }
    public Guid? TeamId { get; set; }
    public bool PerpetratorContact { get; set; }

    /// <summary>The case's open span, copied here so that "contact in the period on a case active in it" reads one index.</summary>
    public DateOnly OpenedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }
}

/// <summary>
/// How many open cases of one team of an agency have a gap of one kind (a rule, with its map component where it has
/// one; <see cref="NoComponent"/> where it has none): added to and taken from as cases' gaps change.
/// </summary>
public sealed class DashboardTeamGap
{
    public const int NoComponent = -1;

    public Guid AgencyId { get; set; }
    public Guid TeamId { get; set; }
    public string RuleId { get; set; } = "";
    public int ComponentKey { get; set; }
    public int Cases { get; set; }
}

/// <summary>
/// A case as the dashboard counts it today: its agency, team, whether it is open and when it was open, whether he is
/// recorded on it and whether its plan has a goal for him. One narrow row per case, kept in step with the case.
/// </summary>
public sealed class DashboardCase
{
    public Guid CaseId { get; set; }
    public Guid AgencyId { get; set; }
    public Guid? TeamId { get; set; }
    public bool IsOpen { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public bool HasPerpetrator { get; set; }
    public bool HasPerpetratorGoal { get; set; }
}
