using System.Buffers;

namespace Lantern.Practice.Language;

/// <summary>
/// The pivot assistant's engine: text in, findings out. Thread-safe; build once (rules are compiled
/// at build time) and share. Knows sentences, clauses, quotations, negation and reported accounts,
/// agentless passives and who is who in a sentence; the language itself is in the rule sets.
/// </summary>
public sealed partial class LanguageChecker
{
    private readonly Lexicon lexicon;
    private readonly LexiconIds ids;
    private readonly CompiledRule[] rules;
    private readonly Pattern[] negationScopes;
    private readonly Pattern[] reportedAccounts;
    private readonly Dictionary<string, LocaleProfile> locales;
    private readonly CompiledRule[]?[] rulesByWord;
    private readonly CompiledRule[] femaleStartRules;
    private readonly CompiledRule[] maleStartRules;
    private readonly CompiledRule[] childStartRules;
    private readonly CompiledRule[] capitalStartRules;
    private readonly CompiledRule[] anyStartRules;
    private readonly int maxPatternLength;
    private readonly int[]?[] patternsByAnchorWord;
    private readonly int patternCount;
    private readonly int[] ruleOfPattern;
    private readonly bool anyPatternAlwaysActive;

    /// <summary>How many tokens either side of a match its conditions may read.</summary>
    private const int ContextWindow = 64;

    /// <summary>A quotation longer than this (in tokens) is taken to be a stray quote mark.</summary>
    private const int MaxQuotationTokens = 400;

    private static readonly Lazy<LanguageChecker> DefaultChecker = new(() => CreateBuilder().Build());

    internal LanguageChecker(Lexicon lexicon, LexiconIds ids, List<CompiledRule> rules, Pattern[] negationScopes,
        Pattern[] reportedAccounts, Dictionary<string, LocaleProfile> locales, IReadOnlyList<RuleSetInfo> ruleSets)
    {
        this.lexicon = lexicon;
        this.ids = ids;
        this.rules = [.. rules];
        this.negationScopes = negationScopes;
        this.reportedAccounts = reportedAccounts;
        this.locales = locales;
        RuleSets = ruleSets;
        var byWord = new List<CompiledRule>?[lexicon.Vocabulary.Count];
        var female = new List<CompiledRule>();
        var male = new List<CompiledRule>();
        var child = new List<CompiledRule>();
        var capital = new List<CompiledRule>();
        var any = new List<CompiledRule>();
        foreach (var rule in rules)
        {
            var words = new HashSet<int>();
            var flags = TokenFlags.None;
            var anyStart = false;
            foreach (var pattern in rule.Patterns)
            {
                var first = pattern.FirstSet(lexicon);
                words.UnionWith(first.Words);
                flags |= first.Flags;
                anyStart |= first.AnyStart;
                maxPatternLength = Math.Max(maxPatternLength, pattern.Elements.Length + 1);
            }

            if (anyStart)
            {
                any.Add(rule);
                continue;
            }

            foreach (var word in words)
            {
                (byWord[word] ??= []).Add(rule);
            }

            AddIf(flags, TokenFlags.FemaleStart, female, rule);
            AddIf(flags, TokenFlags.MaleStart, male, rule);
            AddIf(flags, TokenFlags.ChildStart, child, rule);
            AddIf(flags, TokenFlags.Capitalized, capital, rule);
        }

        rulesByWord = [.. byWord.Select(l => l?.ToArray())];
        var byAnchor = new List<int>?[lexicon.Vocabulary.Count];
        var allPatterns = rules.SelectMany(r => r.Patterns.Concat(r.UnlessAfter).Concat(r.UnlessBefore).Concat(r.UnlessJustBefore).Concat(r.UnlessSentence).Concat(r.Requires))
            .Concat(negationScopes).Concat(reportedAccounts).Distinct().ToList();
        foreach (var pattern in allPatterns)
        {
            pattern.Index = patternCount++;
            var anchor = pattern.AnchorWords(lexicon);
            pattern.AlwaysActive = anchor is null;
            foreach (var word in anchor ?? [])
            {
                (byAnchor[word] ??= []).Add(pattern.Index);
            }
        }

        patternsByAnchorWord = [.. byAnchor.Select(l => l?.ToArray())];
        ruleOfPattern = new int[patternCount];
        Array.Fill(ruleOfPattern, -1);
        foreach (var rule in rules)
        {
            foreach (var pattern in rule.Patterns)
            {
                ruleOfPattern[pattern.Index] = rule.Index;
            }

            rule.AlwaysActive = rule.Patterns.Any(p => p.AlwaysActive);
        }

        anyPatternAlwaysActive = rules.SelectMany(r => r.Patterns).Any(p => p.AlwaysActive);
        femaleStartRules = [.. female];
        maleStartRules = [.. male];
        childStartRules = [.. child];
        capitalStartRules = [.. capital];
        anyStartRules = [.. any];
        foreach (var rule in rules)
        {
            foreach (var pattern in rule.Patterns.Concat(rule.UnlessAfter).Concat(rule.UnlessJustBefore).Concat(rule.UnlessBefore).Concat(rule.UnlessSentence).Concat(rule.Requires))
            {
                maxPatternLength = Math.Max(maxPatternLength, pattern.Elements.Length + 1);
            }
        }

        foreach (var pattern in negationScopes.Concat(reportedAccounts))
        {
            maxPatternLength = Math.Max(maxPatternLength, pattern.Elements.Length + 1);
        }

        static void AddIf(TokenFlags flags, TokenFlags flag, List<CompiledRule> list, CompiledRule rule)
        {
            if ((flags & flag) != 0)
            {
                list.Add(rule);
            }
        }
    }

    /// <summary>The engine with the shipped rule sets and nothing else.</summary>
    public static LanguageChecker Default => DefaultChecker.Value;

    public static LanguageCheckerBuilder CreateBuilder() => new LanguageCheckerBuilder().AddEmbeddedRuleSets();

    public IReadOnlyList<RuleSetInfo> RuleSets { get; }

    public IReadOnlyList<string> RuleIds => [.. rules.Select(r => r.Id)];

    public IReadOnlyCollection<string> Locales => locales.Keys;

    public LocaleProfile? Locale(string locale) => locales.GetValueOrDefault(locale);

    public IReadOnlyList<LanguageFinding> Check(string text, LanguageContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= LanguageContext.Default;
        if (text.Length == 0)
        {
            return [];
        }

        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(64, text.Length / 4));
        try
        {
            var count = Tokenizer.Tokenize(text, lexicon, ids, ref tokens);
            var run = new CheckRun(this, text, tokens, count, context);
            return run.Execute();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }
}
