using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lantern.Practice.Mapping;

/// <summary>
/// The categories each component offers. The default comes from <c>Rules/map-taxonomy.json</c> (versioned data);
/// an agency may add its own categories and hide defaults it does not use. Entries keep their key when a category is
/// hidden later, so <see cref="Find"/> still knows it.
/// </summary>
public sealed class MapTaxonomy
{
    /// <summary>The logical name of the embedded default taxonomy.</summary>
    public const string ResourceName = "Lantern.Practice.Rules.map-taxonomy.json";

    private static readonly Lazy<MapTaxonomy> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly MapComponent[] Components = Enum.GetValues<MapComponent>();

    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly MapCategory[] all;
    private readonly IReadOnlyList<MapCategory> allReadOnly;
    private readonly FrozenDictionary<string, MapCategory> byKey;
    private readonly FrozenSet<string> hidden;
    private readonly IReadOnlyList<MapCategory>[] visibleByComponent;

    private MapTaxonomy(string version, MapCategory[] all, FrozenDictionary<string, MapCategory> byKey, FrozenSet<string> hidden)
    {
        Version = version;
        this.all = all;
        allReadOnly = Array.AsReadOnly(all);
        this.byKey = byKey;
        this.hidden = hidden;
        visibleByComponent = new IReadOnlyList<MapCategory>[Components.Length];
        foreach (var component in Components)
        {
            visibleByComponent[(int)component] = Array.AsReadOnly(all.Where(c => c.Component == component && !hidden.Contains(c.Key)).ToArray());
        }
    }

    /// <summary>The default taxonomy, loaded once from the embedded resource.</summary>
    public static MapTaxonomy Default => LazyDefault.Value;

    public string Version { get; }

    /// <summary>Every category, hidden ones included, in display order.</summary>
    public IReadOnlyList<MapCategory> All => allReadOnly;

    /// <summary>The keys an agency has hidden.</summary>
    public IReadOnlySet<string> HiddenKeys => hidden;

    /// <summary>The categories a user may choose for a component (hidden ones left out), in display order.</summary>
    public IReadOnlyList<MapCategory> For(MapComponent component) =>
        (uint)component < (uint)visibleByComponent.Length
            ? visibleByComponent[(int)component]
            : throw new ArgumentOutOfRangeException(nameof(component), component, "Unknown component.");

    /// <summary>The category with this key, hidden or not; null if unknown.</summary>
    public MapCategory? Find(string key) => key is not null && byKey.TryGetValue(key, out var category) ? category : null;

    /// <summary>Whether an agency has hidden this category.</summary>
    public bool IsHidden(string key) => key is not null && hidden.Contains(key);

    /// <summary>A copy with an agency's own categories added and some defaults hidden. Keys must be unique.</summary>
    /// <remarks>Hidden keys this taxonomy does not know are ignored, so an agency's settings survive a key it no longer needs.</remarks>
    public MapTaxonomy WithAgencyChanges(IEnumerable<MapCategory> added, IEnumerable<string> hiddenKeys)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(hiddenKeys);
        var categories = new List<MapCategory>(all);
        foreach (var category in added)
        {
            if (category is null)
            {
                throw new ArgumentException("An added category is null.", nameof(added));
            }

            var problem = Problem(category);
            if (problem is not null)
            {
                throw new ArgumentException($"The agency category '{category.Key}' is not valid: {problem}", nameof(added));
            }

            categories.Add(category);
        }

        var keys = new Dictionary<string, MapCategory>(categories.Count, StringComparer.Ordinal);
        foreach (var category in categories)
        {
            if (!keys.TryAdd(category.Key, category))
            {
                throw new ArgumentException($"The category key '{category.Key}' is used twice.", nameof(added));
            }
        }

        var newHidden = new HashSet<string>(hidden, StringComparer.Ordinal);
        foreach (var key in hiddenKeys)
        {
            if (key is not null && keys.ContainsKey(key))
            {
                newHidden.Add(key);
            }
        }

        return new MapTaxonomy(Version, [.. categories], keys.ToFrozenDictionary(StringComparer.Ordinal), newHidden.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Reads and checks a taxonomy document (the format of <c>Rules/map-taxonomy.json</c>).</summary>
    /// <exception cref="InvalidOperationException">The document is malformed or breaks a rule (unique keys, known components, labels).</exception>
    public static MapTaxonomy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        TaxonomyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<TaxonomyDocument>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The map taxonomy is not valid JSON: {e.Message}", e);
        }

        if (document is null)
        {
            throw new InvalidOperationException("The map taxonomy is empty.");
        }

        if (string.IsNullOrWhiteSpace(document.Version))
        {
            throw new InvalidOperationException("The map taxonomy has no version.");
        }

        if (document.Categories is null || document.Categories.Count == 0)
        {
            throw new InvalidOperationException($"The map taxonomy {document.Version} has no categories.");
        }

        var categories = new MapCategory[document.Categories.Count];
        var keys = new Dictionary<string, MapCategory>(categories.Length, StringComparer.Ordinal);
        for (var i = 0; i < categories.Length; i++)
        {
            var item = document.Categories[i];
            var where = $"Category {i + 1} ('{item?.Key}') of the map taxonomy {document.Version}";
            if (item is null)
            {
                throw new InvalidOperationException($"{where} is null.");
            }

            if (item.Component is null || !Enum.TryParse<MapComponent>(item.Component, ignoreCase: false, out var component)
                || !Enum.IsDefined(component) || !item.Component.Equals(component.ToString(), StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{where} has an unknown component '{item.Component}'.");
            }

            var category = new MapCategory(item.Key ?? "", component, item.Label ?? "", item.Hint ?? "", item.HighRisk, item.WorkerSafety);
            var problem = Problem(category);
            if (problem is not null)
            {
                throw new InvalidOperationException($"{where} is not valid: {problem}");
            }

            if (!keys.TryAdd(category.Key, category))
            {
                throw new InvalidOperationException($"{where} uses a key that is already taken.");
            }

            categories[i] = category;
        }

        return new MapTaxonomy(document.Version, categories, keys.ToFrozenDictionary(StringComparer.Ordinal), FrozenSet<string>.Empty);
    }

    private static string? Problem(MapCategory category)
    {
        if (string.IsNullOrWhiteSpace(category.Key))
        {
            return "it has no key.";
        }

        if (!string.Equals(category.Key, category.Key.Trim(), StringComparison.Ordinal))
        {
            return "its key starts or ends with a space.";
        }

        if (!Enum.IsDefined(category.Component))
        {
            return $"its component {(int)category.Component} is unknown.";
        }

        if (string.IsNullOrWhiteSpace(category.Label))
        {
            return "it has no label.";
        }

        return null;
    }

    private static MapTaxonomy LoadDefault()
    {
        var assembly = typeof(MapTaxonomy).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded map taxonomy {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed class TaxonomyDocument
    {
        [JsonPropertyName("version")]
        public string? Version { get; set; }

        [JsonPropertyName("categories")]
        public List<CategoryDocument?>? Categories { get; set; }
    }

    private sealed class CategoryDocument
    {
        [JsonPropertyName("key")]
        public string? Key { get; set; }

        [JsonPropertyName("component")]
        public string? Component { get; set; }

        [JsonPropertyName("label")]
        public string? Label { get; set; }

        [JsonPropertyName("hint")]
        public string? Hint { get; set; }

        [JsonPropertyName("highRisk")]
        public bool HighRisk { get; set; }

        [JsonPropertyName("workerSafety")]
        public bool WorkerSafety { get; set; }
    }
}
