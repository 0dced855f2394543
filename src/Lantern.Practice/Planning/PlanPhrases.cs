using System.Buffers;
using System.Text.RegularExpressions;

namespace Lantern.Practice.Planning;

/// <summary>The phrases the plan checker looks for in goal text.</summary>
/// <remarks>
/// Every pattern is source-generated, case-insensitive and culture-invariant, with a match timeout. None has a
/// nested unbounded quantifier: repetitions are of single tokens or bounded (<c>{0,3}</c>), so a goal of a few
/// thousand characters is read in linear time.
/// </remarks>
internal static partial class PlanPhrases
{
    public const int TimeoutMilliseconds = 100;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Words that stand for the perpetrator in a goal without naming him.</summary>
    private static readonly string[] PerpetratorWords =
    [
        "he", "him", "his", "himself", "father", "dad", "daddy", "partner", "ex-partner", "expartner", "ex", "husband",
        "ex-husband", "boyfriend", "ex-boyfriend", "stepfather", "step-father", "stepdad", "step-dad", "perpetrator",
    ];

    private static readonly SearchValues<char> WordSeparators = SearchValues.Create(" \t\r\n\u00A0");

    /// <summary>Titles skipped when a person's name is split into the words that may refer to him.</summary>
    private static readonly string[] Titles = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr."];

    /// <summary>
    /// Making her responsible whoever the object is: keeping the children from him, not letting or allowing,
    /// supervising contact, "failure to protect".
    /// </summary>
    [GeneratedRegex("""
        \bensur(e|es|ing)\s+(that\s+)?(the\s+|her\s+|all\s+|both\s+)?(children|child|kids|baby|they|them)\s+(do\s+not|does\s+not|don't|doesn't|have\s+no|has\s+no|will\s+not|won't|never|are\s+not|is\s+not)\s+(have\s+|has\s+)?(any\s+)?([\p{L}-]+\s+)?(contact|see|seen|meet|visit|spend|stay|left|alone|near|around|with)\b
        |\b(not|never)\s+(allow|let|permit)\b
        |\bprotect(s|ing)?\s+(the\s+|her\s+|all\s+|both\s+)?(children|child|kids|baby|them)\s+from\b
        |\bkeep(s|ing)?\s+(the\s+|her\s+|all\s+|both\s+)?(children|child|kids|baby|them)\s+(safe\s+|away\s+|apart\s+)from\b
        |\bfail(ure|ed|s|ing)?\s+to\s+protect\b
        |\bsupervis(e|es|ing|ion\s+of)\s+(all\s+|any\s+|the\s+|his\s+)?(contact|visits|time)\b
        """, Options | RegexOptions.IgnorePatternWhitespace, TimeoutMilliseconds)]
    private static partial Regex ResponsibleForHim();

    /// <summary>
    /// "ensure (that)", "make sure", "prevent", "stop", "keep"… and the word that follows (its last word): the goal
    /// makes her responsible when that word is him (a pronoun, "the father", or his name).
    /// </summary>
    [GeneratedRegex("""
        \b(ensure|ensures|make\s+sure|makes\s+sure|prevent|prevents|stop|stops|keep|keeps|not\s+let|not\s+allow|control|manage|monitor)\s+(that\s+)?((the|her)\s+(children|child)['’]s\s+|the\s+|her\s+|mr\.?\s+)?[\p{L}'’-]+
        """, Options | RegexOptions.IgnorePatternWhitespace, TimeoutMilliseconds)]
    private static partial Regex ControlledObject();

    [GeneratedRegex(@"^\s*they\s+will\b|\b(parents|the\s+couple|mum\s+and\s+dad|dad\s+and\s+mum|mother\s+and\s+father|father\s+and\s+mother|mom\s+and\s+dad)\s+(will|to|must|should|are\s+to)\b|\bboth\s+parents\b", Options, TimeoutMilliseconds)]
    private static partial Regex Joint();

    /// <summary>The start of a behaviour that is a service: "[Father|He|Mr Calder] [will|to|must] attend…".</summary>
    [GeneratedRegex(@"^\s*([\p{L}.'’-]+\s+){0,3}?((will|to|must|should|shall|is\s+to|needs\s+to)\s+)?(attend|complete|engage\s+(with|in)|participate\s+in|go\s+to|take\s+part\s+in|enrol\s+(on|in)|be\s+referred\s+to)(\s+and\s+(attend|complete|engage\s+(with|in)|participate\s+in))?\b", Options, TimeoutMilliseconds)]
    private static partial Regex ServiceStart();

    /// <summary>A success indicator that is attendance or completion: "Programme completed", "He attends every session".</summary>
    [GeneratedRegex(@"^\s*([\p{L}.'’-]+\s+){0,4}?(attend|attends|attended|attendance|attending|complete|completes|completed|completion|completing|engage|engages|engaged|engagement|participates|participated|participation|certificate)\b", Options, TimeoutMilliseconds)]
    private static partial Regex AttendanceStart();

    [GeneratedRegex(@"\b(programmes?|programs?|course|courses|counsel+ing|services?|sessions?|classes|class|groups?|group\s*work|therapy|treatment|appointments?|assessment|intervention|workshops?|modules?)\b", Options, TimeoutMilliseconds)]
    private static partial Regex ServiceNoun();

    /// <summary>Something beyond the service in the rest of a sentence: another clause, a behaviour, a second sentence.</summary>
    [GeneratedRegex(@"\b(and|but|stop|stops|start|starts|refrain|refrains|will|so\s+that|in\s+order\s+to|instead|no\s+longer|without|not|never|use|uses|show|shows|demonstrate|demonstrates)\b|[.;!?]\s*\S", Options, TimeoutMilliseconds)]
    private static partial Regex MoreThanService();

    [GeneratedRegex(@"\bjoint\s+(sessions?|meetings?|work|counsel+ing|therapy|appointments?)\b|\bcouples?['’]?\s+(counsel+ing|therapy|work|sessions?)\b|\b(mediation|mediated)\b|\brelationship\s+(counsel+ing|therapy)\b|\bmarriage\s+(counsel+ing|guidance|therapy)\b", Options, TimeoutMilliseconds)]
    private static partial Regex JointWork();

    [GeneratedRegex(@"\bfamily\s+(therapy|counsel+ing)\b", Options, TimeoutMilliseconds)]
    private static partial Regex FamilyTherapy();

    /// <summary>The text makes her responsible for his behaviour or for keeping him away.</summary>
    public static bool MakesHerResponsible(ReadOnlySpan<char> text, IReadOnlyList<string> perpetratorNames)
    {
        if (text.IsWhiteSpace())
        {
            return false;
        }

        if (IsMatch(ResponsibleForHim(), text))
        {
            return true;
        }

        try
        {
            foreach (var match in ControlledObject().EnumerateMatches(text))
            {
                // The object is the last word of the match: "make sure Mr Calder" → "Calder".
                var phrase = text.Slice(match.Index, match.Length);
                if (IsPerpetrator(phrase[(phrase.LastIndexOfAny(WordSeparators) + 1)..], perpetratorNames))
                {
                    return true;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        return false;
    }

    public static bool IsJoint(ReadOnlySpan<char> behaviour) => IsMatch(Joint(), behaviour);

    /// <summary>The behaviour is empty or only attending or completing a service.</summary>
    public static bool IsServiceOnlyBehaviour(ReadOnlySpan<char> behaviour) =>
        behaviour.IsWhiteSpace() || IsOnly(ServiceStart(), behaviour, needsServiceNoun: true);

    /// <summary>The success indicator is empty or only attendance or completion.</summary>
    public static bool IsAttendanceOnlyIndicator(ReadOnlySpan<char> indicator) =>
        indicator.IsWhiteSpace() || IsOnly(AttendanceStart(), indicator, needsServiceNoun: false);

    public static bool ProposesJointWork(ReadOnlySpan<char> text, bool familyTherapyCounts) =>
        !text.IsWhiteSpace() && (IsMatch(JointWork(), text) || (familyTherapyCounts && IsMatch(FamilyTherapy(), text)));

    private static bool IsOnly(Regex start, ReadOnlySpan<char> text, bool needsServiceNoun)
    {
        try
        {
            foreach (var match in start.EnumerateMatches(text))
            {
                var rest = text[(match.Index + match.Length)..];
                return (!needsServiceNoun || ServiceNoun().IsMatch(rest)) && !MoreThanService().IsMatch(rest);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        return false;
    }

    private static bool IsMatch(Regex regex, ReadOnlySpan<char> text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // A timeout means text no worker writes; the goal is not flagged rather than the whole check failing.
            return false;
        }
    }

    private static bool IsPerpetrator(ReadOnlySpan<char> word, IReadOnlyList<string> perpetratorNames)
    {
        word = StripPossessive(word);
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var known in PerpetratorWords)
        {
            if (word.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        for (var i = 0; i < perpetratorNames.Count; i++)
        {
            foreach (var range in perpetratorNames[i].AsSpan().SplitAny(' ', '\t'))
            {
                var part = StripPossessive(perpetratorNames[i].AsSpan()[range]);
                if (part.Length > 1 && !IsTitle(part) && word.Equals(part, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsTitle(ReadOnlySpan<char> part)
    {
        foreach (var title in Titles)
        {
            if (part.Equals(title, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word)
    {
        word = word.Trim("'’-");
        if (word.Length > 2 && (word[^1] is 's' or 'S') && word[^2] is '\'' or '’')
        {
            word = word[..^2];
        }

        return word;
    }
}
