using System.Text;

namespace Lantern.Bench;

/// <summary>
/// Generates realistic case-note text deterministically: visit notes made of sentences in the style
/// workers write, about one in five carrying language the pivot assistant flags.
/// </summary>
public static class CaseNoteCorpus
{
    private static readonly string[] Surnames = ["Calder", "Price", "Okafor", "Nguyen", "Hughes", "Kaur", "Murphy", "Santos", "Ivanova", "Ahmed", "Baker", "Flynn"];
    private static readonly string[] Children = ["Liam (6)", "Sophie (9)", "Ava (4)", "Jayden (12)", "Mia (7)", "Noah (10)"];

    private static readonly string[] Clean =
    [
        "Home visit completed at {time}; {child} was seen alone in the bedroom and spoke about school.",
        "Ms {s} described how Mr {s} checks her phone each evening and decides when she can see her sister.",
        "Mr {s} has been charged with assault by beating and is on bail not to contact Ms {s}.",
        "The school reported that {child} arrived on time every day this week and ate breakfast at club.",
        "Ms {s} has kept the children's routines going despite Mr {s} taking her bank card.",
        "{child} said dad shouts at mum when he has been drinking and that it makes his tummy hurt.",
        "The health visitor will review the baby's weight on Thursday and share the outcome with the worker.",
        "Ms {s} has a safety plan with the IDVA and the school knows who may collect the children.",
        "Mr {s} punched Ms {s} in the face on {date}; police attended and he was arrested.",
        "The worker discussed the referral to the perpetrator programme with Mr {s}, who declined to attend.",
        "Ms {s} took the children to her mother's on the nights Mr {s} was drinking.",
        "Core group meeting held; actions were agreed for each agency and recorded in the plan.",
        "{child}'s teacher reports better concentration since the family moved to the new flat.",
        "Ms {s} told the worker that she is worried about what Mr {s} will do when he is released.",
        "The children were collected from school by their aunt and taken to the refuge.",
    ];

    private static readonly string[] Flagged =
    [
        "Ms {s} was assaulted on {date} and the children were exposed to domestic violence.",
        "The couple have been fighting since the baby arrived.",
        "Mother failed to protect the children and chose to stay with Mr {s}.",
        "Police attended a domestic incident at the address; it was only a push.",
        "Mr {s} lost his temper and has anger management issues.",
        "Father is to be commended for taking the children to the park.",
        "This is a volatile relationship with incidents on both sides.",
        "Mr {s}'s drinking was noted; Ms {s}'s mental health is a significant concern.",
    ];

    public static string Generate(int bytes, int seed = 42)
    {
        var random = new Random(seed);
        var text = new StringBuilder(bytes + 512);
        var note = 0;
        while (text.Length < bytes)
        {
            note++;
            text.Append("Contact note ").Append(note).Append(" — home visit.\n");
            var sentences = random.Next(8, 16);
            for (var i = 0; i < sentences; i++)
            {
                var template = random.Next(5) == 0 ? Flagged[random.Next(Flagged.Length)] : Clean[random.Next(Clean.Length)];
                var surname = Surnames[random.Next(Surnames.Length)];
                text.Append(template
                    .Replace("{s}", surname, StringComparison.Ordinal)
                    .Replace("{child}", Children[random.Next(Children.Length)], StringComparison.Ordinal)
                    .Replace("{time}", $"{random.Next(9, 18)}:{random.Next(0, 6)}0", StringComparison.Ordinal)
                    .Replace("{date}", $"{random.Next(1, 29)} March", StringComparison.Ordinal));
                text.Append(i % 4 == 3 ? "\n" : " ");
            }

            text.Append("\n\n");
        }

        return text.ToString(0, bytes);
    }

    /// <summary>A single note of about <paramref name="bytes"/> characters, cut at a sentence end.</summary>
    public static string Note(int bytes, int seed = 7)
    {
        var text = Generate(bytes * 2, seed);
        var cut = text.LastIndexOf('.', bytes);
        return text[..(cut + 1)];
    }
}
