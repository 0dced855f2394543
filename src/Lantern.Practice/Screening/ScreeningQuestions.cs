namespace Lantern.Practice.Screening;

/// <summary>The wording shown to workers for each screening question (our own words).</summary>
public static class ScreeningQuestions
{
    public static IReadOnlyList<ScreeningQuestion> All { get; } = Enum.GetValues<ScreeningQuestion>();

    public static string Text(ScreeningQuestion question) => question switch
    {
        ScreeningQuestion.HarmOrFearFromPartner =>
            "Has anyone in the household been hurt, threatened or made afraid by a partner or former partner?",
        ScreeningQuestion.ControllingBehaviour =>
            "Does a partner or former partner control money, the phone, friends and family, or where someone may go?",
        ScreeningQuestion.PoliceOrCourtInvolvement =>
            "Have the police been called to the home about a partner, or is there a court order or bail condition about one?",
        ScreeningQuestion.ChildrenHarmedOrUsed =>
            "Has a partner hurt or threatened the children, or used them to control or frighten the other parent?",
    };
}
