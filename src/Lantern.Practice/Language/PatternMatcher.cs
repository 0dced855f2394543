namespace Lantern.Practice.Language;

/// <summary>Backtracking matcher of compiled patterns over one sentence's tokens.</summary>
internal sealed class PatternMatcher(Lexicon lexicon, LexiconIds ids)
{
    private Token[] tokens = [];

    public void Reset(Token[] current) => tokens = current;

    /// <summary>Matches <paramref name="pattern"/> starting exactly at token <paramref name="start"/>; returns the end (exclusive) or -1.</summary>
    public int MatchAt(Pattern pattern, int start, int end, Span<int> positions) =>
        Match(pattern.Elements, 0, start, end, positions);

    /// <summary>True when the pattern matches starting anywhere in [from, to).</summary>
    public bool MatchesWithin(Pattern pattern, int from, int to)
    {
        Span<int> positions = stackalloc int[pattern.Elements.Length + 1];
        for (var i = from; i < to; i++)
        {
            if (Match(pattern.Elements, 0, i, to, positions) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the end of a match starting anywhere in [from, to); -1 when none.</summary>
    public int FirstMatchEnd(Pattern pattern, int from, int to)
    {
        Span<int> positions = stackalloc int[pattern.Elements.Length + 1];
        for (var i = from; i < to; i++)
        {
            var end = Match(pattern.Elements, 0, i, to, positions);
            if (end >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    private int Match(PatternElement[] elements, int ei, int ti, int end, Span<int> positions)
    {
        positions[ei] = ti;
        if (ei == elements.Length)
        {
            return ti;
        }

        var element = elements[ei];
        if (element.Kind == ElementKind.Gap)
        {
            for (var k = 0; k <= element.GapMax && ti + k <= end; k++)
            {
                if (k > 0)
                {
                    ref var skipped = ref tokens[ti + k - 1];
                    if (skipped.Has(TokenFlags.HardBoundary)
                        || (element.GapStopsAtPerson && IsPersonWord(skipped)))
                    {
                        break;
                    }
                }

                var result = Match(elements, ei + 1, ti + k, end, positions);
                if (result >= 0)
                {
                    return result;
                }
            }

            return -1;
        }

        if (ti < end)
        {
            var length = TokenLength(element, ti, end);
            if (element.Negated)
            {
                length = length > 0 || tokens[ti].Has(TokenFlags.Quoted) ? 0 : 1;
            }

            if (length > 0)
            {
                var result = Match(elements, ei + 1, ti + length, end, positions);
                if (result >= 0)
                {
                    return result;
                }
            }
        }

        return element.Optional ? Match(elements, ei + 1, ti, end, positions) : -1;
    }

    private bool IsPersonWord(in Token token) =>
        token.Has(TokenFlags.FemaleName | TokenFlags.MaleName)
        || lexicon.InClass(ids.GapStop, token.Word)
        || lexicon.InClass(ids.Female, token.Word) || lexicon.InClass(ids.Male, token.Word)
        || lexicon.InClass(ids.FemaleTitle, token.Word) || lexicon.InClass(ids.MaleTitle, token.Word);

    private int TokenLength(PatternElement element, int ti, int end)
    {
        ref var token = ref tokens[ti];
        if (token.Has(TokenFlags.Quoted) || token.Kind == TokenKind.QuoteMark)
        {
            return 0;
        }

        if (element.Persons != PersonKind.None)
        {
            var length = PersonLength(element.Persons, ti, end);
            if (length > 0)
            {
                return length;
            }
        }

        if (token.Word >= 0)
        {
            if (element.Words.Length > 0 && Array.BinarySearch(element.Words, token.Word) >= 0)
            {
                return 1;
            }

            foreach (var cls in element.Classes)
            {
                if (lexicon.InClass(cls, token.Word))
                {
                    return 1;
                }
            }
        }

        if (element.Capitalized && token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized))
        {
            return 1;
        }

        if (element.Number && token.Kind == TokenKind.Number)
        {
            return 1;
        }

        return 0;
    }

    /// <summary>Length of the longest person phrase of the given kinds starting at <paramref name="ti"/>, or 0.</summary>
    public int PersonLength(PersonKind kinds, int ti, int end)
    {
        ref var token = ref tokens[ti];
        if (token.Has(TokenFlags.Quoted))
        {
            return 0;
        }

        var word = token.Word;
        if ((kinds & PersonKind.Female) != 0)
        {
            var length = GenderedLength(ti, end, ids.Female, ids.FemaleTitle, TokenFlags.FemaleName);
            if (length > 0)
            {
                return length;
            }
        }

        if ((kinds & PersonKind.Male) != 0)
        {
            var length = GenderedLength(ti, end, ids.Male, ids.MaleTitle, TokenFlags.MaleName);
            if (length > 0)
            {
                return length;
            }
        }

        if ((kinds & PersonKind.Child) != 0)
        {
            if (lexicon.InClass(ids.Child, word))
            {
                return 1;
            }

            if (lexicon.InClass(ids.PersonDeterminer, word) && ti + 1 < end && lexicon.InClass(ids.Child, tokens[ti + 1].Word))
            {
                return 2;
            }

            if (token.Has(TokenFlags.ChildName) || (token.Kind == TokenKind.Word && token.Word < 0 && token.Has(TokenFlags.Capitalized)
                && !(ti > 0 && (lexicon.InClass(ids.FemaleTitle, tokens[ti - 1].Word) || lexicon.InClass(ids.MaleTitle, tokens[ti - 1].Word)))))
            {
                // A bare name, optionally with an age in brackets: "Liam (6)".
                if (ti + 3 < end && tokens[ti + 1].Word == ids.OpenParenWord && tokens[ti + 2].Kind == TokenKind.Number
                    && tokens[ti + 3].Word == ids.CloseParenWord)
                {
                    return 4;
                }

                return 1;
            }
        }

        return 0;
    }

    private int GenderedLength(int ti, int end, int nounClass, int titleClass, TokenFlags nameFlag)
    {
        ref var token = ref tokens[ti];
        if (token.Has(nameFlag))
        {
            var n = 1;
            while (ti + n < end && tokens[ti + n].Has(nameFlag))
            {
                n++;
            }

            return n;
        }

        if (lexicon.InClass(titleClass, token.Word))
        {
            var n = 1;
            while (n < 3 && ti + n < end && tokens[ti + n].Kind == TokenKind.Word && tokens[ti + n].Has(TokenFlags.Capitalized))
            {
                n++;
            }

            return n;
        }

        if (lexicon.InClass(nounClass, token.Word))
        {
            return 1;
        }

        if (lexicon.InClass(ids.PersonDeterminer, token.Word) && ti + 1 < end && lexicon.InClass(nounClass, tokens[ti + 1].Word))
        {
            return 2;
        }

        return 0;
    }
}
