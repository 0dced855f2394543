using Lantern.Core.Access;
using Lantern.Core.Map;
using Lantern.Practice.Mapping;
using Lantern.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Pages.Map;

public sealed class MapEntryFields
{
    public string? CategoryKey { get; set; }
    public string? Description { get; set; }
    public PeriodAccuracy? Accuracy { get; set; }
    public DateParts OccurredOn { get; set; } = new();
    public DateParts OccurredUntil { get; set; } = new();
    public EvidenceSource? Source { get; set; }
    public string? SourceDetail { get; set; }
    public bool Verified { get; set; }
    public Guid? PerpetratorId { get; set; }
    public Guid? AdultId { get; set; }
    public List<Guid> ChildIds { get; set; } = [];

    /// <summary>"yes", "no" or "unknown".</summary>
    public string? ChildrenPresent { get; set; }
    public bool UnderminedByPerpetrator { get; set; }
    public List<Guid> CausedBy { get; set; } = [];
    public uint? Version { get; set; }

    public static MapEntryFields From(MapEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new()
        {
            CategoryKey = entry.Category.Key,
            Description = entry.Description,
            Accuracy = entry.Accuracy,
            OccurredOn = DateParts.From(entry.OccurredOn),
            OccurredUntil = DateParts.From(entry.OccurredUntil),
            Source = entry.Source,
            SourceDetail = entry.SourceDetail,
            Verified = entry.Verified,
            PerpetratorId = entry.PerpetratorId,
            AdultId = entry.AdultId,
            ChildIds = [.. entry.ChildIds],
            ChildrenPresent = entry.ChildrenPresent switch { true => "yes", false => "no", null => "unknown" },
            UnderminedByPerpetrator = entry.UnderminedByPerpetrator,
            CausedBy = [.. entry.CausedBy],
            Version = entry.Version,
        };
    }
}

/// <summary>Adding or changing one map entry. The form shows only the fields its component uses.</summary>
public abstract class MapEntryEditorModel(AccessScope scope) : FormPageModel
{
    protected override string InputPrefix => "Input";

    [BindProperty]
    public MapEntryFields Input { get; set; } = new();

    /// <summary>The case's map: its people, taxonomy and behaviours (for linking an impact to its cause).</summary>
    public CaseMap Map { get; protected set; } = null!;

    public MapComponent Component { get; protected set; }

    protected bool MayWrite => scope.WritesCases;

    public IReadOnlyList<Choice> Categories => Map.Taxonomy.For(Component)
        .Concat(Map.Taxonomy.Find(Input.CategoryKey ?? "") is { } kept && kept.Component == Component && !Map.Taxonomy.For(Component).Contains(kept) ? [kept] : [])
        .Select(c => new Choice(c.Key, c.HighRisk ? c.Label + " (high risk)" : c.Label, string.IsNullOrEmpty(c.Hint) ? null : c.Hint)).ToList();

    public static IReadOnlyList<Choice> Accuracies { get; } = Choice.FromEnum<PeriodAccuracy>(MapLabels.For);

    public static IReadOnlyList<Choice> Sources { get; } = Choice.FromEnum<EvidenceSource>(MapLabels.For);

    public static IReadOnlyList<Choice> PresentChoices { get; } = [new("yes", "Yes"), new("no", "No"), new("unknown", "Not known")];

    public IReadOnlyList<Choice> Perpetrators => Choices(MapRole.Perpetrator);

    public IReadOnlyList<Choice> Children => Choices(MapRole.Child);

    public IReadOnlyList<Choice> Adults => Map.People.Where(p => p.Role != MapRole.Child).Select(p => new Choice(p.Id.ToString(), p.Name)).ToList();

    public IReadOnlyList<Choice> Carers => Map.People.Where(p => p.Role is MapRole.Survivor or MapRole.OtherAdult)
        .Select(p => new Choice(p.Id.ToString(), p.Name)).ToList();

    /// <summary>His behaviours on this map, which an impact on a child can be linked to.</summary>
    public IReadOnlyList<Choice> Behaviours => Map.Entries
        .Where(e => e.Component is MapComponent.CoerciveControl or MapComponent.HarmToChild)
        .Select(e => new Choice(e.Id.ToString(), $"{e.Category.Label}: {Shorten(e.Description)}", MapLabels.When(e))).ToList();

    public bool UsesPerpetrator => Component is MapComponent.CoerciveControl or MapComponent.HarmToChild or MapComponent.ProtectiveEfforts or MapComponent.IntersectingFactors;

    public string MapPath => $"/Cases/{Map.CaseId}/Map";

    private List<Choice> Choices(MapRole role) => Map.WithRole(role).Select(p => new Choice(p.Id.ToString(), p.Name)).ToList();

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "…");

    protected MapEntryInput ReadInput() => new()
    {
        Component = Component,
        CategoryKey = Input.CategoryKey,
        Description = Input.Description,
        Accuracy = Input.Accuracy,
        OccurredOn = ReadDate(Input.OccurredOn, nameof(MapEntryFields.OccurredOn), "The date"),
        OccurredUntil = ReadDate(Input.OccurredUntil, nameof(MapEntryFields.OccurredUntil), "The end of the period"),
        Source = Input.Source,
        SourceDetail = Input.SourceDetail,
        Verified = Input.Verified,
        PerpetratorId = Input.PerpetratorId,
        AdultId = Input.AdultId,
        ChildIds = Input.ChildIds,
        ChildrenPresent = Input.ChildrenPresent switch { "yes" => true, "no" => false, _ => null },
        UnderminedByPerpetrator = Input.UnderminedByPerpetrator,
        CausedBy = Input.CausedBy,
        Version = Input.Version,
    };

    /// <summary>The case's only perpetrator, and its only survivor for an effort, chosen already on a new entry.</summary>
    protected void FillObviousPeople()
    {
        var perpetrators = Map.WithRole(MapRole.Perpetrator).ToList();
        if (perpetrators.Count == 1 && Component is MapComponent.CoerciveControl or MapComponent.HarmToChild)
        {
            Input.PerpetratorId = perpetrators[0].Id;
        }

        var survivors = Map.WithRole(MapRole.Survivor).ToList();
        if (survivors.Count == 1 && Component == MapComponent.ProtectiveEfforts)
        {
            Input.AdultId = survivors[0].Id;
        }
    }
}
