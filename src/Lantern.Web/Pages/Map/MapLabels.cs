using Lantern.Core.Map;
using Lantern.Practice.Mapping;

namespace Lantern.Web.Pages.Map;

/// <summary>The map's stored values in the words a caseworker reads (exhaustive switches, as in <see cref="Labels"/>).</summary>
public static class MapLabels
{
    public static string For(MapComponent component) => component switch
    {
        MapComponent.CoerciveControl => "Pattern of coercive control",
        MapComponent.HarmToChild => "Actions to harm the children",
        MapComponent.ProtectiveEfforts => "The survivor's protective efforts",
        MapComponent.ChildImpact => "Impact on each child",
        MapComponent.IntersectingFactors => "Substance misuse, mental health, culture and other factors",
    };

    /// <summary>What the "add" link for a component says.</summary>
    public static string AddTo(MapComponent component) => component switch
    {
        MapComponent.CoerciveControl => "Add a behaviour",
        MapComponent.HarmToChild => "Add an action against a child",
        MapComponent.ProtectiveEfforts => "Add a protective effort",
        MapComponent.ChildImpact => "Add an impact on a child",
        MapComponent.IntersectingFactors => "Add a factor",
    };

    /// <summary>The id of the component's section on the map page, for links and the error summary.</summary>
    public static string Anchor(MapComponent component) => component switch
    {
        MapComponent.CoerciveControl => "coercive-control",
        MapComponent.HarmToChild => "harm-to-child",
        MapComponent.ProtectiveEfforts => "protective-efforts",
        MapComponent.ChildImpact => "child-impact",
        MapComponent.IntersectingFactors => "intersecting-factors",
    };

    public static string For(EvidenceSource source) => source switch
    {
        EvidenceSource.SurvivorInterview => "Interview with the survivor",
        EvidenceSource.PerpetratorInterview => "Interview with the person causing harm",
        EvidenceSource.ChildInterview => "Interview with a child",
        EvidenceSource.PoliceReport => "Police report",
        EvidenceSource.School => "School",
        EvidenceSource.Health => "Health",
        EvidenceSource.Records => "Records",
        EvidenceSource.OtherAgency => "Another agency",
    };

    public static string For(PeriodAccuracy accuracy) => accuracy switch
    {
        PeriodAccuracy.Exact => "On a known date or period",
        PeriodAccuracy.Approximate => "Around a date (approximate)",
        PeriodAccuracy.Ongoing => "Ongoing",
        PeriodAccuracy.Unknown => "Date not known",
    };

    /// <summary>When it happened, in a few words: "3 Mar 2025", "around Mar 2025", "since Jan 2024, ongoing", "date not known".</summary>
    public static string When(MapEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var from = entry.OccurredOn;
        var until = entry.OccurredUntil;
        return entry.Accuracy switch
        {
            PeriodAccuracy.Unknown => "Date not known",
            PeriodAccuracy.Ongoing => from is { } f ? $"Since {Labels.Date(f)}, ongoing" : "Ongoing",
            PeriodAccuracy.Approximate => "Around " + Period(from, until),
            PeriodAccuracy.Exact => Period(from, until),
        };
    }

    private static string Period(DateOnly? from, DateOnly? until) =>
        (from, until) switch
        {
            ({ } f, { } u) when u != f => $"{Labels.Date(f)} to {Labels.Date(u)}",
            ({ } f, _) => Labels.Date(f),
            _ => "date not known",
        };
}
