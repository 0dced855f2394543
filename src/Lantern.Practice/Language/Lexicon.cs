namespace Lantern.Practice.Language;

/// <summary>
/// Word classes (<c>@FEMALE</c>, <c>@VIOLENT_PARTICIPLE</c> …) over the vocabulary, frozen into
/// lookup tables so that a class test is one array read.
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, HashSet<string>> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> classIndex = new(StringComparer.Ordinal);
    private bool[][] membership = [];

    public Vocabulary Vocabulary { get; } = new();

    public Dictionary<string, string> PastForms { get; } = new(StringComparer.Ordinal);

    public bool IsFrozen { get; private set; }

    public void Add(string className, IEnumerable<string> words)
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException("The lexicon is frozen.");
        }

        if (!pending.TryGetValue(className, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            pending.Add(className, set);
        }

        foreach (var word in words)
        {
            var lowered = word.ToLowerInvariant();
            set.Add(lowered);
            Vocabulary.GetOrAdd(lowered);
        }
    }

    public bool HasClass(string className) => pending.ContainsKey(className) || classIndex.ContainsKey(className);

    public int ClassId(string className) =>
        classIndex.TryGetValue(className, out var id) ? id : throw new InvalidOperationException($"Unknown word class @{className}.");

    /// <summary>Reserves a class id before freezing (patterns compile against ids).</summary>
    public int ReserveClass(string className)
    {
        if (!classIndex.TryGetValue(className, out var id))
        {
            if (!pending.ContainsKey(className))
            {
                throw new InvalidOperationException($"Unknown word class @{className}.");
            }

            id = classIndex.Count;
            classIndex.Add(className, id);
        }

        return id;
    }

    public IEnumerable<int> WordsOf(string className) =>
        pending.TryGetValue(className, out var set) ? set.Select(Vocabulary.GetOrAdd) : [];

    public IEnumerable<int> WordsOfClass(int classId)
    {
        var table = membership[classId];
        for (var i = 0; i < table.Length; i++)
        {
            if (table[i])
            {
                yield return i;
            }
        }
    }

    public void Freeze()
    {
        foreach (var name in pending.Keys)
        {
            ReserveClass(name);
        }

        membership = new bool[classIndex.Count][];
        foreach (var (name, id) in classIndex)
        {
            var table = new bool[Vocabulary.Count];
            foreach (var word in pending[name])
            {
                table[Vocabulary.GetOrAdd(word)] = true;
            }

            membership[id] = table;
        }

        IsFrozen = true;
    }

    public bool InClass(int classId, int word)
    {
        if (word < 0)
        {
            return false;
        }

        var table = membership[classId];
        return word < table.Length && table[word];
    }
}
