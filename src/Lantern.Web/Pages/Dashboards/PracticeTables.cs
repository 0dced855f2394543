using Lantern.Core.Dashboards;

namespace Lantern.Web.Pages.Dashboards;

/// <summary>Rows the page and the CSV share where the dashboard's own words describe a figure.</summary>
public static class PracticeTables
{
    /// <summary>The three measures of intervention with the perpetrator: a stable id (the CSV's), the words, the figure.</summary>
    /// <param name="term">The agency's term for the perpetrator, lower case ("perpetrator", "person causing harm").</param>
    public static IReadOnlyList<(string Measure, string Description, Figure Figure)> PerpetratorRows(PerpetratorFigures figures, string term)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return
        [
            ("perpetrator_recorded", $"Open cases with a {term} recorded", figures.PerpetratorRecorded),
            ("goal_for_perpetrator", $"Open cases with a plan goal for the {term}", figures.GoalForPerpetrator),
            ("contact_with_perpetrator", $"Cases active in the period with a contact with the {term}", figures.Contact),
        ];
    }
}
