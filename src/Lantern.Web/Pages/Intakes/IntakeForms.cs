using Lantern.Core.Intakes;
using Lantern.Practice.Screening;
using Lantern.Web.Pages.Forms;

namespace Lantern.Web.Pages.Intakes;

/// <summary>Step one of an intake: where the concern came from, when, and the account of it.</summary>
public sealed class ConcernFields
{
    public IntakeSource? Source { get; set; }
    public DateParts ReceivedOn { get; set; } = new();
    public string? Narrative { get; set; }
    public uint? Version { get; set; }
}

/// <summary>Step two: the domestic abuse screening. An unanswered question posts nothing and stays "not answered".</summary>
public sealed class ScreeningFields
{
    public ScreeningAnswer? HarmOrFearFromPartner { get; set; }
    public ScreeningAnswer? ControllingBehaviour { get; set; }
    public ScreeningAnswer? PoliceOrCourtInvolvement { get; set; }
    public ScreeningAnswer? ChildrenHarmedOrUsed { get; set; }
    public ScreeningOutcome? ScreeningOutcome { get; set; }
    public string? ReasonUnableToScreen { get; set; }
    public uint? Version { get; set; }

    public static ScreeningFields From(IntakeDetail intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        static ScreeningAnswer? Asked(ScreeningAnswer a) => a == ScreeningAnswer.NotAsked ? null : a;
        return new ScreeningFields
        {
            HarmOrFearFromPartner = Asked(intake.HarmOrFearFromPartner),
            ControllingBehaviour = Asked(intake.ControllingBehaviour),
            PoliceOrCourtInvolvement = Asked(intake.PoliceOrCourtInvolvement),
            ChildrenHarmedOrUsed = Asked(intake.ChildrenHarmedOrUsed),
            ScreeningOutcome = intake.ScreeningOutcome == Practice.Screening.ScreeningOutcome.NotScreened ? null : intake.ScreeningOutcome,
            ReasonUnableToScreen = intake.ReasonUnableToScreen,
            Version = intake.Version,
        };
    }
}

public static class IntakeForms
{
    public static IReadOnlyList<Choice> Sources { get; } = Choice.FromEnum<IntakeSource>(Labels.For);

    public static IReadOnlyList<Choice> Answers { get; } =
        Choice.FromEnum(Labels.For, ScreeningAnswer.Yes, ScreeningAnswer.No, ScreeningAnswer.NotKnown);

    public static IReadOnlyList<Choice> Outcomes { get; } =
    [
        new(nameof(ScreeningOutcome.DomesticAbuseIndicated), Labels.For(ScreeningOutcome.DomesticAbuseIndicated),
            "At least one answer is yes: go on to assess the pattern of abusive behaviour, its harm to the children, and the survivor's efforts to protect them"),
        new(nameof(ScreeningOutcome.NoIndicatorsFound), Labels.For(ScreeningOutcome.NoIndicatorsFound),
            "Every question was asked and every answer is no"),
        new(nameof(ScreeningOutcome.UnableToScreenSafely), Labels.For(ScreeningOutcome.UnableToScreenSafely),
            "For example, the person who may be causing harm was present; say why below, so that screening is followed up"),
    ];

    /// <summary>The screening as recorded, for the completeness check.</summary>
    public static DomesticAbuseScreening ScreeningOf(IntakeDetail intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        return new DomesticAbuseScreening(
            new Dictionary<ScreeningQuestion, ScreeningAnswer>
            {
                [ScreeningQuestion.HarmOrFearFromPartner] = intake.HarmOrFearFromPartner,
                [ScreeningQuestion.ControllingBehaviour] = intake.ControllingBehaviour,
                [ScreeningQuestion.PoliceOrCourtInvolvement] = intake.PoliceOrCourtInvolvement,
                [ScreeningQuestion.ChildrenHarmedOrUsed] = intake.ChildrenHarmedOrUsed,
            },
            intake.ScreeningOutcome,
            intake.ReasonUnableToScreen);
    }

    public static ScreeningAnswer AnswerTo(IntakeDetail intake, ScreeningQuestion question)
    {
        ArgumentNullException.ThrowIfNull(intake);
        return question switch
        {
            ScreeningQuestion.HarmOrFearFromPartner => intake.HarmOrFearFromPartner,
            ScreeningQuestion.ControllingBehaviour => intake.ControllingBehaviour,
            ScreeningQuestion.PoliceOrCourtInvolvement => intake.PoliceOrCourtInvolvement,
            ScreeningQuestion.ChildrenHarmedOrUsed => intake.ChildrenHarmedOrUsed,
        };
    }

    /// <summary>The intake as saved, with step one replaced by what the user entered.</summary>
    public static IntakeInput WithConcern(IntakeDetail intake, ConcernFields fields, DateOnly? receivedOn)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(fields);
        return new IntakeInput
        {
            Source = fields.Source,
            ReceivedOn = receivedOn,
            Narrative = fields.Narrative,
            HarmOrFearFromPartner = intake.HarmOrFearFromPartner,
            ControllingBehaviour = intake.ControllingBehaviour,
            PoliceOrCourtInvolvement = intake.PoliceOrCourtInvolvement,
            ChildrenHarmedOrUsed = intake.ChildrenHarmedOrUsed,
            ScreeningOutcome = intake.ScreeningOutcome,
            ReasonUnableToScreen = intake.ReasonUnableToScreen,
            Version = fields.Version,
        };
    }

    /// <summary>The intake as saved, with the screening replaced by what the user entered.</summary>
    public static IntakeInput WithScreening(IntakeDetail intake, ScreeningFields fields)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(fields);
        return new IntakeInput
        {
            Source = intake.Source,
            ReceivedOn = intake.ReceivedOn,
            Narrative = intake.Narrative,
            HarmOrFearFromPartner = fields.HarmOrFearFromPartner ?? ScreeningAnswer.NotAsked,
            ControllingBehaviour = fields.ControllingBehaviour ?? ScreeningAnswer.NotAsked,
            PoliceOrCourtInvolvement = fields.PoliceOrCourtInvolvement ?? ScreeningAnswer.NotAsked,
            ChildrenHarmedOrUsed = fields.ChildrenHarmedOrUsed ?? ScreeningAnswer.NotAsked,
            ScreeningOutcome = fields.ScreeningOutcome ?? ScreeningOutcome.NotScreened,
            ReasonUnableToScreen = fields.ReasonUnableToScreen,
            Version = fields.Version,
        };
    }

    /// <summary>A screening problem's message, saying which question it is about when it is about one.</summary>
    public static string Describe(string field, string message) =>
        Enum.TryParse<ScreeningQuestion>(field, out var question) && Enum.IsDefined(question) ? $"{Labels.InBrief(question)}: {message}" : message;

    /// <summary>Screening problems in the order the screening page asks them: the questions, then the outcome and its reason.</summary>
    public static int Order(string field) =>
        Enum.TryParse<ScreeningQuestion>(field, out var question) && Enum.IsDefined(question) ? (int)question
        : field == ScreeningCompleteness.OutcomeField ? 100
        : 101;

    /// <summary>
    /// Where a screening problem is put right: the question's or outcome's radios on the screening step.
    /// Screening fields are named after <see cref="ScreeningQuestion"/> and <see cref="ScreeningCompleteness"/>.
    /// </summary>
    public static string? ScreeningLink(Guid intakeId, string field) =>
        field == ScreeningCompleteness.OutcomeField ? $"/Intakes/{intakeId}/Screening#Input_ScreeningOutcome"
        : field == ScreeningCompleteness.ReasonField || Enum.TryParse<ScreeningQuestion>(field, out _) ? $"/Intakes/{intakeId}/Screening#Input_{field}"
        : null;
}
