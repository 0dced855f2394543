namespace Lantern.Practice.Screening;

/// <summary>
/// Decides whether a screening is complete enough to close an intake. Domestic abuse is screened for in
/// every case: an intake with no outcome, or with an outcome its own answers contradict, cannot complete.
/// </summary>
public static class ScreeningCompleteness
{
    public const string OutcomeField = "Outcome";
    public const string ReasonField = "ReasonUnableToScreen";

    public static IReadOnlyList<ScreeningProblem> Check(DomesticAbuseScreening screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        var problems = new List<ScreeningProblem>();
        switch (screening.Outcome)
        {
            case ScreeningOutcome.NotScreened:
                problems.Add(new(OutcomeField,
                    "Record the domestic abuse screening outcome. An intake cannot be completed without it, whatever the presenting concern."));
                break;
            case ScreeningOutcome.UnableToScreenSafely:
                if (string.IsNullOrWhiteSpace(screening.ReasonUnableToScreen))
                {
                    problems.Add(new(ReasonField,
                        "Say why it was not safe to screen (for example, the person causing harm was present) so that screening is followed up."));
                }

                break;
            case ScreeningOutcome.NoIndicatorsFound:
                foreach (var question in ScreeningQuestions.All)
                {
                    var answer = screening.AnswerTo(question);
                    if (answer == ScreeningAnswer.Yes)
                    {
                        problems.Add(new(question.ToString(),
                            "This answer indicates domestic abuse, so the outcome cannot be \"no indicators found\"."));
                    }
                    else if (answer != ScreeningAnswer.No)
                    {
                        problems.Add(new(question.ToString(),
                            "Ask this question before recording \"no indicators found\", or record that it was not safe to screen."));
                    }
                }

                break;
            case ScreeningOutcome.DomesticAbuseIndicated:
                if (!ScreeningQuestions.All.Any(q => screening.AnswerTo(q) == ScreeningAnswer.Yes))
                {
                    problems.Add(new(OutcomeField,
                        "Record which answer indicated domestic abuse, so that the reason for the outcome is on the record."));
                }

                break;
        }

        return problems;
    }
}
