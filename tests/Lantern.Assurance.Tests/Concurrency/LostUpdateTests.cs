using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Assurance.Tests.Concurrency;

/// <summary>
/// Issue 9, part 8: no edit is silently overwritten. Two people editing from the same stale copy at the same moment:
/// exactly one is saved and the other is told someone saved first (409), and the record holds the winner's words. And a
/// counter-like value (the case reference number, handed out under a row lock) under 1,000 concurrent case openings
/// ends at exactly the number that succeeded, with no reference given twice.
/// </summary>
public sealed class LostUpdateTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private const int Rounds = 10;

    [Fact]
    public async Task TwoStaleEditors_ExactlyOneIsSavedAndTheOtherGetsAConflict()
    {
        var calder = await CalderRecords.FindAsync(factory);
        var (person, entry, goal) = (calder.Perpetrator, calder.MapEntry, calder.PlanGoal);
        var records = new (string Url, string Field)[]
        {
            ($"/api/v1/cases/{calder.Case}", "presentingConcerns"),
            ($"/api/v1/people/{person}", "preferredLanguage"),
            ($"/api/v1/map-entries/{entry}", "description"),
            ($"/api/v1/plan-goals/{goal}", "measure"),
        };

        // An editor sends back what she read; a map entry is read with its category and changed by the category's key.
        static JsonObject AsInput(JsonObject read)
        {
            if (read["category"] is JsonObject category)
            {
                read["categoryKey"] = category["key"]!.DeepClone();
            }

            return read;
        }

        var worker = await factory.ApiAsync("worker");
        var supervisor = await factory.ApiAsync("supervisor");
        var failures = new List<string>();
        var pairs = 0;

        foreach (var (url, field) in records)
        {
            for (var round = 0; round < Rounds; round++)
            {
                var read = AsInput((await worker.GetFromJsonAsync<JsonObject>(url))!);
                var first = Edited(read, field, $"Worker's words, round {round}");
                var second = Edited(read, field, $"Supervisor's words, round {round}");

                var answers = await Task.WhenAll(worker.PutAsJsonAsync(url, first), supervisor.PutAsJsonAsync(url, second));
                pairs++;
                var saved = answers.Count(a => a.IsSuccessStatusCode);
                var conflicts = answers.Count(a => a.StatusCode == HttpStatusCode.Conflict);
                var now = (await worker.GetFromJsonAsync<JsonObject>(url))![field]!.GetValue<string>();
                var winner = answers[0].IsSuccessStatusCode ? first[field]!.GetValue<string>() : second[field]!.GetValue<string>();
                if (saved != 1 || conflicts != 1 || now != winner)
                {
                    failures.Add($"{url} round {round}: answers {(int)answers[0].StatusCode} and {(int)answers[1].StatusCode}, record holds '{now}'");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Stale edit pairs sent at once: {pairs} ({records.Length} kinds of record × {Rounds}); pairs not ending in one save and one conflict: {failures.Count}.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task AThousandConcurrentCaseOpenings_CounterEndsAtTheNumberThatSucceeded()
    {
        const int Openings = 1000;
        var worker = await factory.ApiAsync("worker");
        var counterBefore = await factory.WithSystemDbAsync(db => db.Counters.SumAsync(c => c.Value));
        var casesBefore = await factory.WithSystemDbAsync(db => db.Cases.CountAsync());
        var references = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        await Parallel.ForEachAsync(Enumerable.Range(0, Openings), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            using var response = await worker.PostAsJsonAsync("/api/v1/cases", new { presentingConcerns = $"Concurrent opening {i}" }, ct);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if (response.IsSuccessStatusCode)
            {
                var created = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
                references.Add(created!["reference"]!.GetValue<string>());
            }
        });

        var successes = references.Count;
        var counterAfter = await factory.WithSystemDbAsync(db => db.Counters.SumAsync(c => c.Value));
        var casesAfter = await factory.WithSystemDbAsync(db => db.Cases.CountAsync());
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Concurrent openings: {Openings} (32 at a time); answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}"))}; " +
            $"counter moved by {counterAfter - counterBefore}; cases added {casesAfter - casesBefore}; distinct references {references.Distinct().Count()}.");

        Assert.Equal(Openings, successes);
        Assert.Equal(successes, counterAfter - counterBefore);
        Assert.Equal(successes, casesAfter - casesBefore);
        Assert.Equal(successes, references.Distinct(StringComparer.Ordinal).Count());
    }

    private static JsonObject Edited(JsonObject read, string field, string value)
    {
        var copy = read.DeepClone().AsObject();
        copy[field] = value;
        return copy;
    }
}
