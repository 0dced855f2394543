namespace Lantern.Core.Cases;

/// <summary>
/// The names of a case's people, kept in one row per case so that a name search can pass over a team's cases one row
/// each instead of joining every participant to her record. Only a first sieve: a case it lets through is still checked
/// against the participants the searcher may see (<see cref="CaseService.ListAsync"/>), so a name here never shows a
/// case, or a person in it, to anyone the case's own rules would not.
/// </summary>
public sealed class CaseSearchName
{
    public Guid CaseId { get; set; }

    /// <summary>The case's team, kept with the names so that a team's search reads only its own rows, in one index range.</summary>
    public Guid? TeamId { get; set; }

    /// <summary>The participants' search names (given, family and other names, upper case), separated by "|".</summary>
    public string Names { get; set; } = "";
}
