namespace Lantern.Practice.Language;

/// <summary>
/// Every word the rules mention, numbered. Tokens are looked up by span (no string per token);
/// words the rules never mention get id -1.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> words = [];
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public Vocabulary() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => words.Count;

    public string this[int id] => words[id];

    public int GetOrAdd(string word)
    {
        var key = Normalize(word);
        if (ids.TryGetValue(key, out var id))
        {
            return id;
        }

        id = words.Count;
        ids.Add(key, id);
        words.Add(key);
        return id;
    }

    /// <summary>Finds a word given its text as written; lower-cases and normalises apostrophes into a stack buffer.</summary>
    public int Find(ReadOnlySpan<char> text)
    {
        if (text.Length > 48)
        {
            return -1;
        }

        Span<char> buffer = stackalloc char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            buffer[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        return lookup.TryGetValue(buffer, out var id) ? id : -1;
    }

    private static string Normalize(string word) => word.Replace('\u2019', '\'').ToLowerInvariant();
}
