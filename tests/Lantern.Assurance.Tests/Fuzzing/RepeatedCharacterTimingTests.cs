using System.Diagnostics;
using System.Text.Json;
using Lantern.Practice.Language;
using Lantern.Practice.Language.Evaluation;
using Lantern.Practice.Planning;
using Lantern.Web.Pages;
using Xunit;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>
/// Each engine and reader on 1 MB (1,048,576 characters) of one repeated character: it finishes, and time grows in line
/// with the input (1 MB takes at most eight times as long as 256 KB: four times is linear, sixteen quadratic), within a
/// generous ceiling for a busy machine. A 1 MB run under 500 ms passes on its speed alone: at that size, timer, collector
/// and neighbouring-test noise swamp the ratio (6.4 was seen on 62 ms → 399 ms), and anything quadratic would take minutes.
/// </summary>
public sealed class RepeatedCharacterTimingTests
{
    private const int Large = 1 << 20;
    private const int Small = 1 << 18;
    private const double MaxRatio = 8;
    private static readonly TimeSpan TooShortToCompare = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> Cases()
    {
        string[] engines = ["language check", "plan check", "rule-set file", "labelled set", "date boxes"];
        string[] characters = ["a", " ", ".", "!", "\"", "'", "-", "\n", "7", "é", "😀"];
        var data = new TheoryData<string, string>();
        foreach (var engine in engines)
        {
            foreach (var character in characters)
            {
                data.Add(engine, character);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void OneRepeatedCharacter_1MB_FinishesInLinearTime(string engine, string character)
    {
        var run = Engine(engine);
        run(Repeat(character, 4_096));
        var small = Fastest(run, Repeat(character, Small));
        var large = Fastest(run, Repeat(character, Large));
        var ratio = large / small;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{engine}, {Name(character)}: 256 KB {small.TotalMilliseconds:N0} ms, 1 MB {large.TotalMilliseconds:N0} ms, ratio {ratio:N1}");

        Assert.True(large < Ceiling, $"{engine} took {large.TotalSeconds:N1} s on 1 MB of {Name(character)}");
        Assert.True(large < TooShortToCompare || ratio <= MaxRatio,
            $"{engine} on {Name(character)}: 1 MB took {ratio:N1} times as long as 256 KB ({small.TotalMilliseconds:N0} ms, {large.TotalMilliseconds:N0} ms): not linear");
    }

    private static Action<string> Engine(string name) => name switch
    {
        "language check" => text => LanguageChecker.Default.Check(text, new LanguageContext("Mr Calder", "Ms Calder")),
        "plan check" => text => PlanChecker.Check(PlanOf(text)),
        "rule-set file" => text => Refused<JsonException>(() => RuleSetDocument.Parse(text)),
        "labelled set" => text => Refused<FormatException>(() => LabelledSentence.ParseJsonLines(text)),
        "date boxes" => text => new DateParts { Day = text, Month = text, Year = text }.TryRead("The date", out _),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>A plan whose every text field holds the input, with a perpetrator, a survivor and a child.</summary>
    private static PlanSnapshot PlanOf(string text)
    {
        PlanPerson[] people = [new(Guid.NewGuid(), "Mr Calder", PlanRole.Perpetrator), new(Guid.NewGuid(), "Ms Calder", PlanRole.Survivor),
            new(Guid.NewGuid(), "Ewan", PlanRole.Child)];
        var goals = people.Select(p => new GoalFacts
        {
            Id = Guid.NewGuid(),
            PersonId = p.Id,
            Change = BehaviourChange.Stop,
            Behaviour = text,
            Purpose = text,
            SuccessIndicator = text,
            Measure = text,
            VerifiedBy = text,
            Services = [text],
        }).ToList();
        return new PlanSnapshot(people, goals, SurvivorHasSafetyPlan: true);
    }

    /// <summary>Runs a reader that may refuse the input with its documented exception (1 MB of dots is not a rule set).</summary>
    private static void Refused<TException>(Action read)
        where TException : Exception
    {
        try
        {
            read();
        }
        catch (TException)
        {
        }
    }

    private static TimeSpan Fastest(Action<string> run, string text)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var started = Stopwatch.GetTimestamp();
            run(text);
            var elapsed = Stopwatch.GetElapsedTime(started);
            best = elapsed < best ? elapsed : best;
        }

        return best;
    }

    /// <summary><paramref name="length"/> UTF-16 code units of the character (an emoji is two of them).</summary>
    private static string Repeat(string character, int length) =>
        string.Create(length, character, (span, c) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = c[i % c.Length];
            }
        });

    private static string Name(string character) => character switch
    {
        " " => "space",
        "\n" => "line feed",
        _ => $"'{character}'",
    };
}
