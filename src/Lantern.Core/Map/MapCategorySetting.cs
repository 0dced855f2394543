using Lantern.Practice.Mapping;

namespace Lantern.Core.Map;

/// <summary>An agency's change to the default map taxonomy: a category of its own, or a default it hides.</summary>
public sealed class MapCategorySetting
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public string Key { get; set; } = "";
    public MapComponent Component { get; set; }

    /// <summary>Empty for a hidden default; the label of the agency's own category otherwise.</summary>
    public string Label { get; set; } = "";
    public string Hint { get; set; } = "";
    public bool Hidden { get; set; }
    public bool WorkerSafety { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
