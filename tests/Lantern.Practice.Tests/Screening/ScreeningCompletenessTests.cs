using Lantern.Practice.Screening;
using Xunit;

namespace Lantern.Practice.Tests.Screening;

public sealed class ScreeningCompletenessTests
{
    private static DomesticAbuseScreening Screening(ScreeningOutcome outcome, string? reason = null, params (ScreeningQuestion Q, ScreeningAnswer A)[] answers) =>
        new(answers.ToDictionary(a => a.Q, a => a.A), outcome, reason);

    private static (ScreeningQuestion, ScreeningAnswer)[] AllNo() =>
        [.. ScreeningQuestions.All.Select(q => (q, ScreeningAnswer.No))];

    [Fact]
    public void Check_NoOutcomeRecorded_RefusesWithTheOutcomeField()
    {
        var problems = ScreeningCompleteness.Check(Screening(ScreeningOutcome.NotScreened));

        var problem = Assert.Single(problems);
        Assert.Equal(ScreeningCompleteness.OutcomeField, problem.Field);
        Assert.Contains("cannot be completed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoIndicatorsButOneAnswerIsYes_FlagsThatAnswer()
    {
        var answers = AllNo();
        answers[1] = (ScreeningQuestion.ControllingBehaviour, ScreeningAnswer.Yes);

        var problems = ScreeningCompleteness.Check(Screening(ScreeningOutcome.NoIndicatorsFound, null, answers));

        var problem = Assert.Single(problems);
        Assert.Equal(nameof(ScreeningQuestion.ControllingBehaviour), problem.Field);
    }

    [Fact]
    public void Check_NoIndicatorsWithQuestionsUnasked_FlagsEveryUnaskedQuestion()
    {
        var problems = ScreeningCompleteness.Check(Screening(ScreeningOutcome.NoIndicatorsFound, null,
            (ScreeningQuestion.HarmOrFearFromPartner, ScreeningAnswer.No)));

        Assert.Equal(ScreeningQuestions.All.Count - 1, problems.Count);
        Assert.DoesNotContain(problems, p => p.Field == nameof(ScreeningQuestion.HarmOrFearFromPartner));
    }

    [Fact]
    public void Check_NoIndicatorsWithEveryAnswerNo_IsComplete()
    {
        Assert.Empty(ScreeningCompleteness.Check(Screening(ScreeningOutcome.NoIndicatorsFound, null, AllNo())));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("   ", 1)]
    [InlineData("He was in the room during the call.", 0)]
    public void Check_UnableToScreenSafely_NeedsAReason(string? reason, int expectedProblems)
    {
        var problems = ScreeningCompleteness.Check(Screening(ScreeningOutcome.UnableToScreenSafely, reason));

        Assert.Equal(expectedProblems, problems.Count);
        Assert.All(problems, p => Assert.Equal(ScreeningCompleteness.ReasonField, p.Field));
    }

    [Fact]
    public void Check_IndicatedWithNoYesAnswer_AsksForTheIndicatingAnswer()
    {
        var problems = ScreeningCompleteness.Check(Screening(ScreeningOutcome.DomesticAbuseIndicated, null, AllNo()));

        Assert.Equal(ScreeningCompleteness.OutcomeField, Assert.Single(problems).Field);
    }

    [Theory]
    [InlineData(ScreeningAnswer.Yes, ScreeningAnswer.No, ScreeningOutcome.DomesticAbuseIndicated)]
    [InlineData(ScreeningAnswer.No, ScreeningAnswer.No, ScreeningOutcome.NoIndicatorsFound)]
    [InlineData(ScreeningAnswer.No, ScreeningAnswer.NotKnown, ScreeningOutcome.NotScreened)]
    public void SuggestedOutcome_FollowsTheAnswers(ScreeningAnswer first, ScreeningAnswer rest, ScreeningOutcome expected)
    {
        var answers = ScreeningQuestions.All.Select((q, i) => (q, i == 0 ? first : rest)).ToArray();

        Assert.Equal(expected, Screening(ScreeningOutcome.NotScreened, null, answers).SuggestedOutcome());
    }

    [Fact]
    public void Text_EveryQuestion_HasWordingAndEndsAsAQuestion()
    {
        Assert.All(ScreeningQuestions.All, q => Assert.EndsWith("?", ScreeningQuestions.Text(q), StringComparison.Ordinal));
    }
}
