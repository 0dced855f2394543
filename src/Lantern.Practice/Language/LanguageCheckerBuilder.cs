using System.Buffers;
using System.Reflection;

namespace Lantern.Practice.Language;

/// <summary>Assembles a <see cref="LanguageChecker"/> from rule-set documents, agency terms and agency words.</summary>
public sealed class LanguageCheckerBuilder
{
    private readonly List<RuleSetDocument> documents = [];
    private readonly List<(string ClassName, string[] Words)> agencyWords = [];

    /// <summary>Adds the rule sets shipped in this assembly (<c>Rules/*.json</c>).</summary>
    public LanguageCheckerBuilder AddEmbeddedRuleSets()
    {
        var assembly = typeof(LanguageCheckerBuilder).Assembly;
        // Other engines' data (the map taxonomy) shares the Rules folder; only language rule sets are read here.
        foreach (var name in assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".json", StringComparison.Ordinal) && n != Mapping.MapTaxonomy.ResourceName).Order(StringComparer.Ordinal))
        {
            documents.Add(RuleSetDocument.Parse(ReadResource(assembly, name)));
        }

        return this;
    }

    public LanguageCheckerBuilder AddRuleSet(RuleSetDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        documents.Add(document);
        return this;
    }

    public LanguageCheckerBuilder AddRuleSetJson(string json) => AddRuleSet(RuleSetDocument.Parse(json));

    /// <summary>Adds an agency's own flagged phrases as a rule set of their own, with its own id and version.</summary>
    public LanguageCheckerBuilder AddTerms(string ruleSetId, string version, IEnumerable<AgencyTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var rules = new List<RuleDocument>();
        var n = 0;
        foreach (var term in terms)
        {
            n++;
            if (!LanguageCategories.IsKnown(term.Category))
            {
                throw new ArgumentException($"Unknown category '{term.Category}'.", nameof(terms));
            }

            // The phrase is literal words: pattern syntax anywhere in a word ("a|@b") would otherwise be read as alternatives and classes.
            var words = term.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(w => string.Concat(w.Where(c => !PatternSyntax.Contains(c))).Trim('.'))
                .Where(w => w.Length > 0)
                .ToList();
            if (words.Count == 0)
            {
                throw new ArgumentException("An agency term needs at least one word.", nameof(terms));
            }

            rules.Add(new RuleDocument
            {
                Id = term.Id ?? $"{ruleSetId}-{n}",
                Category = term.Category,
                Patterns = [string.Join(' ', words)],
                Message = term.Message,
                Reason = term.Reason,
                Suggestions = term.Suggestions?.ToList(),
                Negatable = true,
            });
        }

        documents.Add(new RuleSetDocument { RuleSet = ruleSetId, Version = version, Rules = rules });
        return this;
    }

    public LanguageCheckerBuilder AddTerm(AgencyTerm term, string ruleSetId = "agency", string version = "1") => AddTerms(ruleSetId, version, [term]);

    /// <summary>Adds words to a word class the rules use, e.g. a local word for a protection order or a violent act.</summary>
    public LanguageCheckerBuilder AddWords(string className, params string[] words)
    {
        agencyWords.Add((className, words));
        return this;
    }

    public LanguageChecker Build()
    {
        foreach (var document in documents)
        {
            RefuseNulls(document);
        }

        var lexicon = new Lexicon();
        var ids = new LexiconIds(lexicon);
        var negations = new List<string>();
        var reported = new List<string>();
        var locales = new Dictionary<string, LocaleProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in documents)
        {
            foreach (var (name, words) in document.Classes ?? [])
            {
                lexicon.Add(name, words);
            }

            foreach (var (participle, past) in document.PastForms ?? [])
            {
                lexicon.PastForms[participle.ToLowerInvariant()] = past;
            }

            negations.AddRange(document.NegationScopes ?? []);
            reported.AddRange(document.ReportedAccounts ?? []);
            foreach (var profile in document.Locales ?? [])
            {
                locales[profile.Locale] = profile;
            }
        }

        foreach (var (name, words) in agencyWords)
        {
            lexicon.Add(name, words);
        }

        foreach (var required in LexiconIds.RequiredClasses)
        {
            if (!lexicon.HasClass(required))
            {
                lexicon.Add(required, []);
            }
        }

        var rules = new List<CompiledRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var rule in document.Rules ?? [])
            {
                var category = rule.Category ?? document.Category ?? "";
                if (!LanguageCategories.IsKnown(category))
                {
                    throw new FormatException($"Rule {rule.Id} in {document.RuleSet} has unknown category '{category}'.");
                }

                if (!seen.Add(rule.Id))
                {
                    throw new FormatException($"Rule id {rule.Id} is used twice.");
                }

                Pattern[] Compile(List<string>? patterns) => [.. (patterns ?? []).Select(p => Pattern.Compile(p, lexicon))];
                rules.Add(new CompiledRule
                {
                    Id = rule.Id,
                    Category = category,
                    RuleSetId = document.RuleSet,
                    RuleSetVersion = document.Version,
                    Message = rule.Message,
                    Reason = rule.Reason,
                    Suggestions = [.. rule.Suggestions ?? []],
                    Patterns = Compile(rule.Patterns),
                    UnlessAfter = Compile(rule.UnlessAfter),
                    UnlessBefore = Compile(rule.UnlessBefore),
                    UnlessJustBefore = Compile(rule.UnlessJustBefore),
                    UnlessSentence = Compile(rule.UnlessSentence),
                    Requires = Compile(rule.Requires),
                    Negatable = rule.Negatable,
                    Locales = rule.Locales?.ToArray(),
                    RewriteFromPatient = rule.RewriteFrom == "patient",
                    Index = rules.Count,
                });
            }
        }

        var negationPatterns = negations.Select(p => Pattern.Compile(p, lexicon)).ToArray();
        var reportedPatterns = reported.Select(p => Pattern.Compile(p, lexicon)).ToArray();
        lexicon.Freeze();
        ids.Resolve();
        var sets = documents.Select(d => new RuleSetInfo(d.RuleSet, d.Version, d.Rules?.Count ?? 0)).ToList();
        return new LanguageChecker(lexicon, ids, rules, negationPatterns, reportedPatterns, locales, sets);
    }

    /// <summary>
    /// A rule-set file (an agency's, read by <c>lantern check --rules</c>) with null where a word, pattern, rule or name
    /// belongs is malformed, like unreadable JSON: refused with a <see cref="FormatException"/> naming what is missing,
    /// rather than failing later with a null reference.
    /// </summary>
    private static void RefuseNulls(RuleSetDocument document)
    {
        var name = document.RuleSet ?? throw new FormatException("A rule set has no \"ruleSet\" name.");
        if (document.Version is null)
        {
            throw new FormatException($"Rule set {name} has no version.");
        }

        if ((document.Classes ?? []).Any(c => c.Value is null || c.Value.Any(w => w is null)) || (document.PastForms ?? []).Any(p => p.Value is null))
        {
            throw new FormatException($"Rule set {name} has a word class or past form with a null word.");
        }

        if ((document.NegationScopes ?? []).Any(p => p is null) || (document.ReportedAccounts ?? []).Any(p => p is null))
        {
            throw new FormatException($"Rule set {name} has a null pattern in its negation scopes or reported accounts.");
        }

        if ((document.Locales ?? []).Any(l => l?.Locale is null || l.Term is null || l.Service is null))
        {
            throw new FormatException($"Rule set {name} has a locale profile without a locale, term or service.");
        }

        foreach (var rule in document.Rules ?? [])
        {
            if (rule?.Id is null || rule.Message is null || rule.Reason is null)
            {
                throw new FormatException($"Rule set {name} has a rule without an id, message or reason.");
            }

            List<string>?[] patterns = [rule.Patterns, rule.UnlessAfter, rule.UnlessBefore, rule.UnlessJustBefore, rule.UnlessSentence, rule.Requires,
                rule.Suggestions, rule.Locales];
            if (rule.Patterns is null || patterns.Any(list => list?.Any(p => p is null) == true))
            {
                throw new FormatException($"Rule {rule.Id} in {name} has a null pattern, suggestion or locale.");
            }
        }
    }

    private static readonly SearchValues<char> PatternSyntax = SearchValues.Create("@?!*~[]|\"");

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>A loaded rule set: its id, version and how many rules it holds.</summary>
public sealed record RuleSetInfo(string Id, string Version, int RuleCount);
