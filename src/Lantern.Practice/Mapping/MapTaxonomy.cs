namespace Lantern.Practice.Mapping;

/// <summary>
/// The categories each component offers. The default comes from <c>Rules/map-taxonomy.json</c> (versioned data);
/// an agency may add its own categories and hide defaults it does not use. Entries keep their key when a category is
/// hidden later, so <see cref="Find"/> still knows it.
/// </summary>
public sealed class MapTaxonomy
{
    /// <summary>The default taxonomy, loaded once from the embedded resource.</summary>
    public static MapTaxonomy Default => throw new NotImplementedException();

    public string Version => throw new NotImplementedException();

    /// <summary>Every category, hidden ones included, in display order.</summary>
    public IReadOnlyList<MapCategory> All => throw new NotImplementedException();

    /// <summary>The categories a user may choose for a component (hidden ones left out), in display order.</summary>
    public IReadOnlyList<MapCategory> For(MapComponent component) => throw new NotImplementedException();

    /// <summary>The category with this key, hidden or not; null if unknown.</summary>
    public MapCategory? Find(string key) => throw new NotImplementedException();

    /// <summary>A copy with an agency's own categories added and some defaults hidden. Keys must be unique.</summary>
    public MapTaxonomy WithAgencyChanges(IEnumerable<MapCategory> added, IEnumerable<string> hiddenKeys) => throw new NotImplementedException();
}
