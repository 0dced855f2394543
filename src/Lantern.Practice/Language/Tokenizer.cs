using System.Buffers;

namespace Lantern.Practice.Language;

/// <summary>
/// Splits text into word, number, punctuation, possessive and quote-mark tokens; marks abbreviations
/// ("Mr.", "Dr.", initials) so they do not end sentences; marks sentence ends; marks quoted tokens.
/// Tokens are written into a pooled array; no string is allocated per token.
/// </summary>
internal static class Tokenizer
{
    public static int Tokenize(ReadOnlySpan<char> text, Lexicon lexicon, LexiconIds ids, ref Token[] tokens)
    {
        var count = 0;
        var i = 0;
        var newlines = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    newlines++;
                    if (count > 0 && (newlines >= 2 || LineStartsNewItem(text, i + 1)))
                    {
                        tokens[count - 1].Flags |= TokenFlags.SentenceEnd;
                    }
                }

                i++;
                continue;
            }

            newlines = 0;
            if (count == tokens.Length)
            {
                Grow(ref tokens);
            }

            ref var token = ref tokens[count];
            token = default;
            token.Start = i;
            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < text.Length)
                {
                    var d = text[j];
                    if (char.IsLetterOrDigit(d))
                    {
                        j++;
                    }
                    else if ((d == '\'' || d == '\u2019') && j + 1 < text.Length && char.IsLetter(text[j + 1])
                        && !IsPossessiveS(text, j))
                    {
                        j += 2;
                    }
                    else if (d == '-' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]))
                    {
                        j += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                token.Length = j - i;
                token.Kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                token.Word = lexicon.Vocabulary.Find(text.Slice(i, j - i));
                if (char.IsUpper(c))
                {
                    token.Flags |= TokenFlags.Capitalized;
                }

                if (j < text.Length && text[j] == '.' && token.Kind == TokenKind.Word
                    && (lexicon.InClass(ids.Abbreviation, token.Word) || (j - i == 1 && char.IsUpper(c))))
                {
                    token.Length++;
                    token.Flags |= TokenFlags.Abbreviation;
                    j++;
                }

                i = j;
            }
            else if ((c == '\'' || c == '\u2019') && i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
                && count > 0 && tokens[count - 1].End == i && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
            {
                token.Length = 2;
                token.Kind = TokenKind.Possessive;
                token.Word = ids.PossessiveWord;
                i += 2;
            }
            else if ((c == '\'' || c == '\u2019') && count > 0 && tokens[count - 1].End == i
                && i > 0 && (text[i - 1] == 's' || text[i - 1] == 'S')
                && (i + 1 >= text.Length || !char.IsLetter(text[i + 1])))
            {
                token.Length = 1;
                token.Kind = TokenKind.Possessive;
                token.Word = ids.PossessiveWord;
                i++;
            }
            else if (c is '"' or '\u201C' or '\u201D')
            {
                token.Length = 1;
                token.Kind = TokenKind.QuoteMark;
                token.Word = -1;
                i++;
            }
            else
            {
                token.Length = 1;
                token.Kind = TokenKind.Punctuation;
                token.Word = c switch
                {
                    ',' => ids.CommaWord,
                    ';' => ids.SemicolonWord,
                    ':' => ids.ColonWord,
                    '(' => ids.OpenParenWord,
                    ')' => ids.CloseParenWord,
                    _ => -1,
                };
                if (c is ';' or ':')
                {
                    token.Flags |= TokenFlags.HardBoundary;
                }

                if (c is '.' or '!' or '?' && EndsSentence(text, i + 1))
                {
                    token.Flags |= TokenFlags.SentenceEnd;
                }

                i++;
            }

            count++;
        }

        if (count > 0)
        {
            tokens[count - 1].Flags |= TokenFlags.SentenceEnd;
        }

        return count;
    }

    private static bool IsPossessiveS(ReadOnlySpan<char> text, int apostrophe) =>
        (text[apostrophe + 1] == 's' || text[apostrophe + 1] == 'S')
        && (apostrophe + 2 >= text.Length || !char.IsLetter(text[apostrophe + 2]));

    private static bool EndsSentence(ReadOnlySpan<char> text, int next)
    {
        while (next < text.Length && (text[next] is '"' or '\u201D' or '\'' or '\u2019' or ')'))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next >= text.Length || !char.IsLower(text[next]);
    }

    private static bool LineStartsNewItem(ReadOnlySpan<char> text, int next)
    {
        while (next < text.Length && (text[next] == ' ' || text[next] == '\t'))
        {
            next++;
        }

        return next < text.Length && (text[next] is '-' or '*' or '\u2022' || char.IsDigit(text[next]));
    }

    private static void Grow(ref Token[] tokens)
    {
        var bigger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
        Array.Copy(tokens, bigger, tokens.Length);
        ArrayPool<Token>.Shared.Return(tokens);
        tokens = bigger;
    }
}
