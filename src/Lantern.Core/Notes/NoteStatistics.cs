using Lantern.Core.Cases;
using Lantern.Practice.Language;
using Lantern.Practice.Review;

namespace Lantern.Core.Notes;

/// <summary>
/// What dashboards and reviews count of a note, worked out when it is saved so that they never read its text: who the
/// contact was with, its words, and the pivot assistant's findings still standing by category.
/// </summary>
public static class NoteStatistics
{
    public static void Apply(CaseNote note, IReadOnlyList<ParticipantView> participants, IReadOnlyCollection<(string RuleId, string Phrase)> dismissed)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(dismissed);
        note.With = ContactOf(note.WithWhom, participants);
        note.WordCount = Words(note.Text);
        int blaming = 0, mutualizing = 0, invisible = 0, minimizing = 0, doubleStandard = 0;
        foreach (var finding in LanguageChecker.Default.Check(note.Text, CaseLanguage.ContextFor(participants)))
        {
            if (dismissed.Contains((finding.RuleId, finding.Text)))
            {
                continue;
            }

            switch (finding.Category)
            {
                case LanguageCategories.VictimBlaming: blaming++; break;
                case LanguageCategories.Mutualizing: mutualizing++; break;
                case LanguageCategories.PerpetratorInvisible: invisible++; break;
                case LanguageCategories.Minimizing: minimizing++; break;
                case LanguageCategories.DoubleStandard: doubleStandard++; break;
                default: break;
            }
        }

        note.VictimBlamingFindings = blaming;
        note.MutualizingFindings = mutualizing;
        note.PerpetratorInvisibleFindings = invisible;
        note.MinimizingFindings = minimizing;
        note.DoubleStandardFindings = doubleStandard;
    }

    public static int Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }

        return words;
    }

    /// <summary>
    /// Who "with whom" names among the case's people: a given name, or a family name only one of them has (a family
    /// usually shares one), or the words "perpetrator"/"survivor". When it names several, contact with the perpetrator
    /// counts first: it is the contact reviews and dashboards look for.
    /// </summary>
    public static ContactWith ContactOf(string withWhom, IReadOnlyList<ParticipantView> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        if (string.IsNullOrWhiteSpace(withWhom))
        {
            return ContactWith.Unknown;
        }

        var tokens = Tokens(withWhom);
        var found = ContactWith.Other;
        if (tokens.Contains("perpetrator"))
        {
            return ContactWith.Perpetrator;
        }

        if (tokens.Contains("survivor"))
        {
            found = ContactWith.Survivor;
        }

        foreach (var person in participants)
        {
            var names = Tokens(person.Name);
            if (names.Count == 0)
            {
                continue;
            }

            var given = names[0];
            var family = names[^1];
            var named = tokens.Contains(given)
                || (names.Count > 1 && tokens.Contains(family) && participants.Count(p => Tokens(p.Name) is { Count: > 1 } other && other[^1] == family) == 1);
            if (named)
            {
                found = Earlier(found, person.Role switch
                {
                    ParticipantRole.Perpetrator => ContactWith.Perpetrator,
                    ParticipantRole.Survivor => ContactWith.Survivor,
                    ParticipantRole.Child => ContactWith.Child,
                    ParticipantRole.OtherCaregiver or ParticipantRole.Other => ContactWith.Other,
                });
            }
        }

        return found;
    }

    private static ContactWith Earlier(ContactWith a, ContactWith b) => Rank(a) <= Rank(b) ? a : b;

    private static int Rank(ContactWith with) => with switch
    {
        ContactWith.Perpetrator => 0,
        ContactWith.Survivor => 1,
        ContactWith.Child => 2,
        ContactWith.Other => 3,
        ContactWith.Unknown => 4,
    };

    private static List<string> Tokens(string text) =>
        [.. text.Split((char[])[' ', ',', '.', ';', ':', '(', ')', '/', '&', '\'', '’', '-', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLowerInvariant())];
}
