namespace Lantern.Practice.Language;

/// <summary>
/// Every word the rules mention, numbered. Tokens are looked up by span (no string per token);
/// words the rules never mention get id -1.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> words = [];
    private string?[] slots = new string?[1024];
    private int[] slotIds = new int[1024];

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
        if (words.Count * 2 > slots.Length)
        {
            Rehash(slots.Length * 2);
        }
        else
        {
            Insert(key, id);
        }

        return id;
    }

    private void Rehash(int size)
    {
        slots = new string?[size];
        slotIds = new int[size];
        for (var i = 0; i < words.Count; i++)
        {
            Insert(words[i], i);
        }
    }

    private void Insert(string key, int id)
    {
        var mask = slots.Length - 1;
        var slot = Hash(key) & mask;
        while (slots[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = key;
        slotIds[slot] = id;
    }

    private static int Hash(ReadOnlySpan<char> lowered)
    {
        var h = 2166136261u;
        foreach (var c in lowered)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h ^ (h >> 15));
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
            buffer[i] = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        var mask = slots.Length - 1;
        var slot = Hash(buffer) & mask;
        while (slots[slot] is { } key)
        {
            if (buffer.SequenceEqual(key))
            {
                return slotIds[slot];
            }

            slot = (slot + 1) & mask;
        }

        return -1;
    }

    private static string Normalize(string word) => word.Replace('\u2019', '\'').ToLowerInvariant();
}
