using Lantern.Core.Plans;
using Lantern.Web.Pages.Forms;

namespace Lantern.Web.Pages.RiskPlans;

public static class RiskPlanLabels
{
    public static string For(RiskLevel level) => level switch
    {
        RiskLevel.Low => "Low",
        RiskLevel.Medium => "Medium",
        RiskLevel.High => "High",
    };

    public static string For(RiskLevel? level) => level is { } value ? For(value) : "Not said";

    public static IReadOnlyList<Choice> Levels { get; } = Choice.FromEnum<RiskLevel>(For);

    /// <summary>The concern's first line, shortened for a list.</summary>
    public static string Headline(string concern)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var first = concern.Split('\n', 2)[0].Trim();
        return first.Length <= 120 ? first : string.Concat(first.AsSpan(0, 117), "…");
    }
}
