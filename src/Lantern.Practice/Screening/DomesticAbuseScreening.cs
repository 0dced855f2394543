namespace Lantern.Practice.Screening;

/// <summary>One screening as recorded at intake.</summary>
public sealed record DomesticAbuseScreening(
    IReadOnlyDictionary<ScreeningQuestion, ScreeningAnswer> Answers,
    ScreeningOutcome Outcome,
    string? ReasonUnableToScreen)
{
    public ScreeningAnswer AnswerTo(ScreeningQuestion question) =>
        Answers.TryGetValue(question, out var answer) ? answer : ScreeningAnswer.NotAsked;

    /// <summary>The outcome the answers point to; the worker still records the outcome.</summary>
    public ScreeningOutcome SuggestedOutcome()
    {
        var answers = ScreeningQuestions.All.Select(AnswerTo).ToList();
        if (answers.Contains(ScreeningAnswer.Yes))
        {
            return ScreeningOutcome.DomesticAbuseIndicated;
        }

        return answers.All(a => a == ScreeningAnswer.No)
            ? ScreeningOutcome.NoIndicatorsFound
            : ScreeningOutcome.NotScreened;
    }
}
