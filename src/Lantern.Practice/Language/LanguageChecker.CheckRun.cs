using System.Text;

namespace Lantern.Practice.Language;

public sealed partial class LanguageChecker
{
    /// <summary>One check of one text: the state that must not be shared between threads.</summary>
    private sealed class CheckRun
    {
        private readonly LanguageChecker owner;
        private readonly string text;
        private readonly Token[] tokens;
        private readonly int count;
        private readonly LanguageContext context;
        private readonly PatternMatcher matcher;
        private readonly LocaleProfile? locale;
        private List<PendingFinding>? findings;
        private readonly int[] activeInSentence;
        private readonly int[] ruleActiveInSentence;
        private int sentenceStamp;

        public CheckRun(LanguageChecker owner, string text, Token[] tokens, int count, LanguageContext context)
        {
            this.owner = owner;
            this.text = text;
            this.tokens = tokens;
            this.count = count;
            this.context = context;
            matcher = new PatternMatcher(owner.lexicon, owner.ids);
            matcher.Reset(tokens);
            locale = owner.locales.GetValueOrDefault(context.Locale);
            activeInSentence = new int[owner.patternCount];
            ruleActiveInSentence = new int[owner.rules.Length];
        }

        public List<LanguageFinding> Execute()
        {
            MarkNames();
            Annotate();
            MarkQuotations();
            var start = 0;
            for (var i = 0; i < count; i++)
            {
                if (tokens[i].Has(TokenFlags.SentenceEnd))
                {
                    CheckSentence(start, i + 1);
                    start = i + 1;
                }
            }

            return findings is null ? [] : Finish(findings);
        }

        private void MarkNames()
        {
            if (context.Perpetrator is null && context.Survivor is null && context.Children is null)
            {
                return;
            }

            for (var i = 0; i < count; i++)
            {
                ref var token = ref tokens[i];
                if (token.Kind != TokenKind.Word || !token.Has(TokenFlags.Capitalized))
                {
                    continue;
                }

                var span = text.AsSpan(token.Start, token.Length).TrimEnd('.');
                var titled = i > 0 && (owner.lexicon.InClass(owner.ids.FemaleTitle, tokens[i - 1].Word) || owner.lexicon.InClass(owner.ids.MaleTitle, tokens[i - 1].Word));
                if (titled)
                {
                    continue;
                }

                if (NamePart(context.Survivor, span))
                {
                    token.Flags |= TokenFlags.FemaleName;
                }
                else if (NamePart(context.Perpetrator, span))
                {
                    token.Flags |= TokenFlags.MaleName;
                }
                else if (context.Children is { } children)
                {
                    foreach (var child in children)
                    {
                        if (NamePart(child, span))
                        {
                            token.Flags |= TokenFlags.ChildName;
                            break;
                        }
                    }
                }
            }
        }

        private bool NamePart(string? name, ReadOnlySpan<char> word)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return false;
            }

            foreach (var range in name.AsSpan().Split(' '))
            {
                var part = name.AsSpan()[range].TrimEnd('.');
                if (part.Length > 1 && !owner.lexicon.InClass(owner.ids.FemaleTitle, owner.lexicon.Vocabulary.Find(part))
                    && !owner.lexicon.InClass(owner.ids.MaleTitle, owner.lexicon.Vocabulary.Find(part))
                    && part.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private void Annotate()
        {
            var l = owner.lexicon;
            var x = owner.ids;
            for (var i = 0; i < count; i++)
            {
                ref var token = ref tokens[i];
                var w = token.Word;
                var determiner = l.InClass(x.PersonDeterminer, w);
                if (determiner || token.Has(TokenFlags.FemaleName) || l.InClass(x.Female, w) || l.InClass(x.FemaleTitle, w))
                {
                    token.Flags |= TokenFlags.FemaleStart;
                }

                if (determiner || token.Has(TokenFlags.MaleName) || l.InClass(x.Male, w) || l.InClass(x.MaleTitle, w))
                {
                    token.Flags |= TokenFlags.MaleStart;
                }

                if (determiner || token.Has(TokenFlags.ChildName) || l.InClass(x.Child, w)
                    || (token.Kind == TokenKind.Word && w < 0 && token.Has(TokenFlags.Capitalized)))
                {
                    token.Flags |= TokenFlags.ChildStart;
                }
            }
        }

        /// <summary>
        /// Quoted words are someone's evidence, not the worker's framing, and are skipped — unless a
        /// short quoted term (three words or fewer) sits in the worker's own sentence with nothing that
        /// reports or distances it ("Mother remains "non-protective"" adopts the term).
        /// </summary>
        private void MarkQuotations()
        {
            var open = -1;
            for (var i = 0; i < count; i++)
            {
                ref var token = ref tokens[i];
                if (token.Kind != TokenKind.QuoteMark)
                {
                    continue;
                }

                var c = text[token.Start];
                if (open < 0 && c != '\u201D')
                {
                    open = i;
                }
                else if (open >= 0 && c != '\u201C')
                {
                    if (i - open > MaxQuotationTokens)
                    {
                        // Most likely a stray mark far back; treat this one as the opening instead.
                        open = i;
                        continue;
                    }

                    MarkQuote(open, i);
                    open = -1;
                }
            }
        }

        private void MarkQuote(int open, int close)
        {
            var words = 0;
            for (var i = open + 1; i < close; i++)
            {
                if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
                {
                    words++;
                }
            }

            if (words <= 3 && !Distanced(open, close) && !InListOfTerms(open, close))
            {
                return;
            }

            for (var i = open + 1; i < close; i++)
            {
                tokens[i].Flags |= TokenFlags.Quoted;
            }
        }

        /// <summary>A quoted term in a list ("just", "only a push", …) or in brackets is mentioned, not used.</summary>
        private bool InListOfTerms(int open, int close)
        {
            var x = owner.ids;
            var before = open > 0 ? tokens[open - 1].Word : -1;
            var after = close + 1 < count ? tokens[close + 1].Word : -1;
            var afterIsEnd = close + 1 >= count || tokens[close].Has(TokenFlags.SentenceEnd);
            return (before == x.OpenParenWord || before == x.CommaWord || before == x.ColonWord)
                && (after == x.CommaWord || after == x.CloseParenWord || after == x.SemicolonWord || (afterIsEnd && before != x.CommaWord));
        }

        private bool Distanced(int open, int close)
        {
            var l = owner.lexicon;
            var x = owner.ids;
            var start = open;
            while (start > 0 && open - start < ContextWindow && !tokens[start - 1].Has(TokenFlags.SentenceEnd))
            {
                start--;
            }

            var end = close;
            while (end < count - 1 && end - close < ContextWindow && !tokens[end].Has(TokenFlags.SentenceEnd))
            {
                end++;
            }

            if (open > 0 && tokens[open - 1].Word == x.ColonWord)
            {
                return true;
            }

            for (var i = start; i <= end; i++)
            {
                if (i > open && i < close)
                {
                    continue;
                }

                var w = tokens[i].Word;
                if (l.InClass(x.QuoteDistance, w) || l.InClass(x.SpeechVerb, w))
                {
                    return true;
                }

                if (w == x.AgreeWord && ((i > 0 && l.InClass(x.Negator, tokens[i - 1].Word)) || (i > 1 && l.InClass(x.Negator, tokens[i - 2].Word))))
                {
                    return true;
                }
            }

            return false;
        }

        private void CheckSentence(int start, int end)
        {
            Span<int> positions = stackalloc int[owner.maxPatternLength + 1];
            sentenceStamp++;
            var anyActive = false;
            for (var ti = start; ti < end; ti++)
            {
                var word = tokens[ti].Word;
                if (word >= 0 && !tokens[ti].Has(TokenFlags.Quoted) && owner.patternsByAnchorWord[word] is { } activated)
                {
                    anyActive = true;
                    foreach (var index in activated)
                    {
                        activeInSentence[index] = sentenceStamp;
                        if (owner.ruleOfPattern[index] is var rule and >= 0)
                        {
                            ruleActiveInSentence[rule] = sentenceStamp;
                        }
                    }
                }
            }

            if (!anyActive && !owner.anyPatternAlwaysActive)
            {
                return;
            }

            for (var ti = start; ti < end; ti++)
            {
                ref var token = ref tokens[ti];
                if (token.Has(TokenFlags.Quoted) || token.Kind == TokenKind.QuoteMark)
                {
                    continue;
                }

                if (token.Word >= 0 && owner.rulesByWord[token.Word] is { } wordRules)
                {
                    TryRules(wordRules, ti, start, end, positions);
                }

                if (token.Has(TokenFlags.FemaleStart))
                {
                    TryRules(owner.femaleStartRules, ti, start, end, positions);
                }

                if (token.Has(TokenFlags.MaleStart))
                {
                    TryRules(owner.maleStartRules, ti, start, end, positions);
                }

                if (token.Has(TokenFlags.ChildStart))
                {
                    TryRules(owner.childStartRules, ti, start, end, positions);
                }

                if (token.Has(TokenFlags.Capitalized))
                {
                    TryRules(owner.capitalStartRules, ti, start, end, positions);
                }

                if (owner.anyStartRules.Length > 0)
                {
                    TryRules(owner.anyStartRules, ti, start, end, positions);
                }
            }
        }

        private void TryRules(CompiledRule[] candidates, int ti, int start, int end, Span<int> positions)
        {
            foreach (var rule in candidates)
            {
                if (!rule.AlwaysActive && ruleActiveInSentence[rule.Index] != sentenceStamp)
                {
                    continue;
                }

                foreach (var pattern in rule.Patterns)
                {
                    if (!pattern.AlwaysActive && activeInSentence[pattern.Index] != sentenceStamp)
                    {
                        continue;
                    }

                    var matchEnd = matcher.MatchAt(pattern, ti, end, positions);
                    if (matchEnd <= ti)
                    {
                        continue;
                    }

                    var from = positions[pattern.HighlightStart];
                    var to = positions[pattern.HighlightEnd];
                    if (to <= from)
                    {
                        from = ti;
                        to = matchEnd;
                    }

                    if (Accept(rule, ti, matchEnd, start, end))
                    {
                        Add(rule, from, to);
                        break;
                    }
                }
            }
        }

        private bool Accept(CompiledRule rule, int matchStart, int matchEnd, int start, int end)
        {
            if (rule.Locales is { } only && !only.Contains(context.Locale, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }

            if (Overlaps(rule, tokens[matchStart].Start, tokens[matchEnd - 1].End))
            {
                return false;
            }

            // Context is read within a window of the match, so a run-on "sentence" (a pasted log with no
            // full stops) stays linear rather than quadratic.
            start = Math.Max(start, matchStart - ContextWindow);
            end = Math.Min(end, matchEnd + ContextWindow);

            if (rule.Negatable && AnyWithin(owner.negationScopes, start, matchStart))
            {
                return false;
            }

            if (AnyWithin(owner.reportedAccounts, start, matchStart))
            {
                return false;
            }

            if (rule.UnlessAfter.Length > 0 && AnyWithin(rule.UnlessAfter, matchEnd, ClauseEnd(matchEnd, end)))
            {
                return false;
            }

            if (rule.UnlessJustBefore.Length > 0 && EndsAt(rule.UnlessJustBefore, start, matchStart))
            {
                return false;
            }

            if (rule.UnlessBefore.Length > 0 && AnyWithin(rule.UnlessBefore, start, matchStart))
            {
                return false;
            }

            if (rule.UnlessSentence.Length > 0 && AnyWithin(rule.UnlessSentence, start, end))
            {
                return false;
            }

            return rule.Requires.Length == 0 || AnyWithin(rule.Requires, start, end);
        }

        /// <summary>True when one of the patterns matches ending exactly at <paramref name="at"/> (the tokens just before a match).</summary>
        private bool EndsAt(Pattern[] patterns, int start, int at)
        {
            Span<int> positions = stackalloc int[owner.maxPatternLength + 1];
            foreach (var pattern in patterns)
            {
                if (!pattern.AlwaysActive && activeInSentence[pattern.Index] != sentenceStamp)
                {
                    continue;
                }

                for (var k = at - 1; k >= start && k >= at - 4; k--)
                {
                    if (matcher.MatchAt(pattern, k, at, positions) == at)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool AnyWithin(Pattern[] patterns, int from, int to)
        {
            if (to <= from)
            {
                return false;
            }

            foreach (var pattern in patterns)
            {
                if (!pattern.AlwaysActive && activeInSentence[pattern.Index] != sentenceStamp)
                {
                    continue;
                }

                if (matcher.MatchesWithin(pattern, from, to))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The end of the clause that starts before <paramref name="from"/>: a semicolon or colon, or a conjunction that opens a new subject.</summary>
        private int ClauseEnd(int from, int end)
        {
            for (var k = from; k < end; k++)
            {
                ref var token = ref tokens[k];
                if (token.Has(TokenFlags.HardBoundary))
                {
                    return k;
                }

                if (owner.lexicon.InClass(owner.ids.Conjunction, token.Word) && k + 1 < end
                    && (matcher.PersonLength(PersonKind.Female | PersonKind.Male | PersonKind.Child, k + 1, end) > 0
                        || tokens[k + 1].Word == owner.ids.TheyWord))
                {
                    return k;
                }
            }

            return end;
        }

        private bool Overlaps(CompiledRule rule, int startOffset, int endOffset)
        {
            if (findings is null)
            {
                return false;
            }

            for (var i = findings.Count - 1; i >= 0 && i >= findings.Count - 16; i--)
            {
                var f = findings[i];
                if (f.Rule.Category == rule.Category && f.Rule.RuleSetId == rule.RuleSetId && f.End > startOffset && f.Start < endOffset)
                {
                    return true;
                }
            }

            return false;
        }

        private void Add(CompiledRule rule, int from, int to)
        {
            findings ??= [];
            var replaceStart = rule.RewriteFromPatient ? tokens[PatientStart(from)].Start : tokens[from].Start;
            findings.Add(new PendingFinding(rule, from, to, tokens[from].Start, tokens[to - 1].End, replaceStart, Suggest(rule, from, to)));
        }

        private string[] Suggest(CompiledRule rule, int from, int to)
        {
            if (rule.Suggestions.Length == 0)
            {
                return [];
            }

            var result = new string[rule.Suggestions.Length];
            for (var i = 0; i < result.Length; i++)
            {
                var builder = new StringBuilder(rule.Suggestions[i]);
                builder.Replace("{verb}", Verb(from, to));
                builder.Replace("{patient}", Patient(from));
                builder.Replace("{match}", text[tokens[from].Start..tokens[to - 1].End]);
                builder.Replace("{term}", locale?.Term ?? "domestic abuse");
                builder.Replace("{service}", locale?.Service ?? "domestic abuse service");
                if (context.Perpetrator is { Length: > 0 } perpetrator)
                {
                    builder.Replace("{perpetrator}", perpetrator);
                }

                if (context.Survivor is { Length: > 0 } survivor)
                {
                    builder.Replace("{survivor}", survivor);
                }

                if (builder.Length > 0 && char.IsLower(builder[0]))
                {
                    builder[0] = char.ToUpperInvariant(builder[0]);
                }

                result[i] = builder.ToString();
            }

            return result;
        }

        private string Verb(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (owner.lexicon.InClass(owner.ids.ViolentParticiple, tokens[i].Word))
                {
                    var word = owner.lexicon.Vocabulary[tokens[i].Word];
                    return owner.lexicon.PastForms.GetValueOrDefault(word, word);
                }
            }

            return "harmed";
        }

        /// <summary>The noun phrase just before a passive ("their mother" being beaten), as the object of the rewrite.</summary>
        private string Patient(int from)
        {
            var first = PatientStart(from);
            if (first == from)
            {
                return "{survivor}";
            }

            return PatientText(first, from);
        }

        private int PatientStart(int from)
        {
            for (var k = Math.Max(0, from - 4); k < from; k++)
            {
                if (!tokens[k].Has(TokenFlags.SentenceEnd) && matcher.PersonLength(PersonKind.Female | PersonKind.Male | PersonKind.Child, k, from) == from - k)
                {
                    return k;
                }
            }

            var first = from;
            while (first > 0 && from - first < 4)
            {
                ref var previous = ref tokens[first - 1];
                if (previous.Has(TokenFlags.SentenceEnd) || previous.Has(TokenFlags.HardBoundary) || previous.Kind == TokenKind.QuoteMark
                    || previous.Word == owner.ids.CommaWord || owner.lexicon.InClass(owner.ids.PatientStop, previous.Word))
                {
                    break;
                }

                first--;
            }

            return first;
        }

        private string PatientText(int first, int from)
        {
            var phrase = text[tokens[first].Start..tokens[from - 1].End];
            if (from - first == 1)
            {
                switch (phrase.ToLowerInvariant())
                {
                    case "she":
                    case "her":
                        return "{survivor}";
                    case "he":
                        return "him";
                    case "they":
                        return "them";
                    case "i":
                        return "me";
                    case "we":
                        return "us";
                    default:
                        break;
                }
            }

            if (matcher.PersonLength(PersonKind.Female, first, from) == from - first && context.Survivor is { Length: > 0 }
                && owner.lexicon.InClass(owner.ids.Female, tokens[from - 1].Word))
            {
                return "{survivor}";
            }

            return tokens[first].Word >= 0 && char.IsUpper(phrase[0]) && !owner.lexicon.InClass(owner.ids.FemaleTitle, tokens[first].Word)
                && !owner.lexicon.InClass(owner.ids.MaleTitle, tokens[first].Word)
                ? char.ToLowerInvariant(phrase[0]) + phrase[1..]
                : phrase;
        }

        private List<LanguageFinding> Finish(List<PendingFinding> pending)
        {
            pending.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Rule.Index.CompareTo(b.Rule.Index));
            var result = new List<LanguageFinding>(pending.Count);
            var line = 1;
            var lineStart = 0;
            var scanned = 0;
            foreach (var f in pending)
            {
                for (; scanned < f.Start; scanned++)
                {
                    if (text[scanned] == '\n')
                    {
                        line++;
                        lineStart = scanned + 1;
                    }
                }

                result.Add(new LanguageFinding(f.Start, f.End - f.Start, line, f.Start - lineStart + 1, f.Rule.Category, f.Rule.Id,
                    f.Rule.RuleSetId, f.Rule.RuleSetVersion, text[f.Start..f.End], f.Rule.Message, f.Rule.Reason, f.Suggestions,
                    f.ReplaceStart, f.End - f.ReplaceStart));
            }

            return result;
        }
    }

    private sealed record PendingFinding(CompiledRule Rule, int From, int To, int Start, int End, int ReplaceStart, string[] Suggestions);
}
