using System.Globalization;
using System.Text;

namespace Lantern.Practice.Review;

/// <summary>Small pieces of plain English for reasons: counts with the right noun, lists of names.</summary>
internal static class ReviewText
{
    /// <summary>"1 entry", "3 entries".</summary>
    public static string Count(int n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    public static string IsAre(int n) => n == 1 ? "is" : "are";

    public static string HasHave(int n) => n == 1 ? "has" : "have";

    /// <summary>"Gavin", "Gavin and Darren", "Liam, Ewan and Rory".</summary>
    public static string Names(List<ReviewPerson> people)
    {
        switch (people.Count)
        {
            case 0:
                return "";
            case 1:
                return people[0].Name;
            case 2:
                return people[0].Name + " and " + people[1].Name;
            default:
                var text = new StringBuilder();
                for (var i = 0; i < people.Count; i++)
                {
                    text.Append(i == 0 ? "" : i == people.Count - 1 ? " and " : ", ").Append(people[i].Name);
                }

                return text.ToString();
        }
    }

    /// <summary>A rate of findings for a sentence: "(1.5 per 1,000 words; the limit is 0.5)".</summary>
    public static string Rate(LanguageUse use) => use.Words > 0
        ? string.Create(CultureInfo.InvariantCulture,
            $"({use.PerThousandWords:0.0#} per 1,000 words of notes; the limit is {ReviewPreScorer.LanguageFindingsPerThousandWords:0.0#})")
        : "(in notes with no words counted)";
}
