using System.Globalization;

namespace Lantern.Practice.Language;

[Flags]
internal enum PersonKind : byte
{
    None = 0,
    Female = 1,
    Male = 2,
    Child = 4,
}

internal enum ElementKind : byte
{
    Token,
    Gap,
}

internal sealed class PatternElement
{
    public ElementKind Kind { get; init; }

    public int[] Words { get; init; } = [];

    public int[] Classes { get; init; } = [];

    public PersonKind Persons { get; init; }

    public bool Capitalized { get; init; }

    public bool Number { get; init; }

    public bool Optional { get; init; }

    public bool Negated { get; init; }

    public int GapMax { get; init; }

    public bool GapStopsAtPerson { get; init; }
}

/// <summary>
/// A compiled token pattern. Syntax (space-separated elements): <c>word</c>, <c>a|b</c>,
/// <c>@CLASS</c>, <c>@F</c>/<c>@M</c>/<c>@CHILD</c>/<c>@PERSON</c> (person phrases such as "Ms. Price",
/// "the mother", "she"), <c>@CAP</c>, <c>@NUM</c>, <c>?x</c> optional, <c>!x</c> one token that is not x,
/// <c>*N</c> a gap of up to N tokens, <c>~N</c> a gap that does not pass a person, and <c>[ … ]</c>
/// around the part to highlight.
/// </summary>
internal sealed class Pattern
{
    private Pattern(string source, PatternElement[] elements, int highlightStart, int highlightEnd)
    {
        Source = source;
        Elements = elements;
        HighlightStart = highlightStart;
        HighlightEnd = highlightEnd;
    }

    public string Source { get; }

    public PatternElement[] Elements { get; }

    public int HighlightStart { get; }

    public int HighlightEnd { get; }

    /// <summary>Position in the checker's pattern table (set when the checker is built).</summary>
    public int Index { get; set; } = -1;

    /// <summary>True when no single word is required, so the pattern is tried in every sentence.</summary>
    public bool AlwaysActive { get; set; }

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "to", "of", "and", "in", "on", "is", "was", "were", "be", "been", "are", "her", "his", "he", "she",
        "it", "that", "for", "with", "at", "by", "not", "has", "have", "had", "'s", ",", "as", "this", "they", "them", "or",
    };

    /// <summary>
    /// The vocabulary ids of the rarest element every match must contain: a sentence with none of them
    /// cannot match, so the pattern is not tried there. Null when there is no such element.
    /// </summary>
    public HashSet<int>? AnchorWords(Lexicon lexicon)
    {
        HashSet<int>? best = null;
        var bestCost = int.MaxValue;
        foreach (var element in Elements)
        {
            if (element.Kind != ElementKind.Token || element.Optional || element.Negated || element.Persons != PersonKind.None
                || element.Capitalized || element.Number)
            {
                continue;
            }

            var words = new HashSet<int>(element.Words);
            foreach (var cls in element.Classes)
            {
                words.UnionWith(lexicon.WordsOfClass(cls));
            }

            var cost = words.Sum(w => CommonWords.Contains(lexicon.Vocabulary[w]) ? 1000 : 1);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = words;
            }
        }

        return best;
    }

    public static Pattern Compile(string source, Lexicon lexicon)
    {
        var elements = new List<PatternElement>();
        var highlightStart = -1;
        var highlightEnd = -1;
        foreach (var raw in source.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw == "[")
            {
                highlightStart = elements.Count;
                continue;
            }

            if (raw == "]")
            {
                highlightEnd = elements.Count;
                continue;
            }

            if ((raw[0] == '*' || raw[0] == '~') && raw.Length > 1 && char.IsDigit(raw[1]))
            {
                // A gap beyond int (an agency's "*99999999999") is a malformed pattern, not an overflow.
                if (!int.TryParse(raw.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var gap))
                {
                    throw new FormatException($"The gap '{raw}' in pattern '{source}' is not a whole number of words.");
                }

                elements.Add(new PatternElement
                {
                    Kind = ElementKind.Gap,
                    GapMax = gap,
                    GapStopsAtPerson = raw[0] == '~',
                });
                continue;
            }

            var text = raw;
            var optional = false;
            var negated = false;
            while (text.Length > 1 && (text[0] == '?' || text[0] == '!'))
            {
                optional |= text[0] == '?';
                negated |= text[0] == '!';
                text = text[1..];
            }

            var words = new List<int>();
            var classes = new List<int>();
            var persons = PersonKind.None;
            var capitalized = false;
            var number = false;
            foreach (var alternative in text.Split('|'))
            {
                switch (alternative)
                {
                    case "@F":
                        persons |= PersonKind.Female;
                        break;
                    case "@M":
                        persons |= PersonKind.Male;
                        break;
                    case "@CHILD":
                        persons |= PersonKind.Child;
                        break;
                    case "@PERSON":
                        persons |= PersonKind.Female | PersonKind.Male | PersonKind.Child;
                        break;
                    case "@CAP":
                        capitalized = true;
                        break;
                    case "@NUM":
                        number = true;
                        break;
                    default:
                        if (alternative.Length > 1 && alternative[0] == '@')
                        {
                            classes.Add(lexicon.ReserveClass(alternative[1..]));
                        }
                        else
                        {
                            words.Add(lexicon.Vocabulary.GetOrAdd(alternative));
                        }

                        break;
                }
            }

            words.Sort();
            elements.Add(new PatternElement
            {
                Kind = ElementKind.Token,
                Words = [.. words],
                Classes = [.. classes],
                Persons = persons,
                Capitalized = capitalized,
                Number = number,
                Optional = optional,
                Negated = negated,
            });
        }

        if (elements.Count == 0)
        {
            throw new FormatException($"Empty pattern: '{source}'.");
        }

        if (highlightStart < 0)
        {
            highlightStart = 0;
        }

        if (highlightEnd < 0)
        {
            highlightEnd = elements.Count;
        }

        return new Pattern(source, [.. elements], highlightStart, highlightEnd);
    }

    /// <summary>The vocabulary ids and token flags a match can start with; <c>AnyStart</c> when it may start anywhere.</summary>
    public (HashSet<int> Words, TokenFlags Flags, bool AnyStart) FirstSet(Lexicon lexicon)
    {
        var words = new HashSet<int>();
        var flags = TokenFlags.None;
        foreach (var element in Elements)
        {
            if (element.Kind == ElementKind.Gap || element.Negated)
            {
                return (words, flags, true);
            }

            words.UnionWith(element.Words);
            foreach (var cls in element.Classes)
            {
                words.UnionWith(lexicon.WordsOfClass(cls));
            }

            if ((element.Persons & PersonKind.Female) != 0)
            {
                flags |= TokenFlags.FemaleStart;
            }

            if ((element.Persons & PersonKind.Male) != 0)
            {
                flags |= TokenFlags.MaleStart;
            }

            if ((element.Persons & PersonKind.Child) != 0)
            {
                flags |= TokenFlags.ChildStart;
            }

            if (element.Capitalized)
            {
                flags |= TokenFlags.Capitalized;
            }

            if (element.Number)
            {
                return (words, flags, true);
            }

            if (!element.Optional)
            {
                return (words, flags, false);
            }
        }

        return (words, flags, true);
    }
}
