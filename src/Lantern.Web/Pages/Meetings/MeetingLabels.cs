using Lantern.Core.Meetings;
using Lantern.Web.Pages.Forms;

namespace Lantern.Web.Pages.Meetings;

public static class MeetingLabels
{
    public static string For(MeetingKind kind) => kind switch
    {
        MeetingKind.CaseConference => "Case conference",
        MeetingKind.RiskConference => "Risk conference",
        MeetingKind.StrategyMeeting => "Strategy meeting",
        MeetingKind.FamilyMeeting => "Family meeting",
    };

    public static string For(MeetingActionStatus status) => status switch
    {
        MeetingActionStatus.Open => "Open",
        MeetingActionStatus.Done => "Done",
        MeetingActionStatus.Dropped => "No longer needed",
    };

    public static IReadOnlyList<Choice> Kinds { get; } = Choice.FromEnum<MeetingKind>(For);

    public static IReadOnlyList<Choice> Statuses { get; } = Choice.FromEnum<MeetingActionStatus>(For);

    /// <summary>The minutes field's hint for each component: what the model asks the meeting to talk about.</summary>
    public static string MinutesHint(Practice.Mapping.MapComponent component) => component switch
    {
        Practice.Mapping.MapComponent.CoerciveControl => "His choices and behaviours, in his name, as discussed: new incidents, what each agency knows, how the pattern has changed.",
        Practice.Mapping.MapComponent.HarmToChild => "What he has done that harms the children, directly or through their mother.",
        Practice.Mapping.MapComponent.ProtectiveEfforts => "What she has done to keep the children safe and well, and how he has undermined it.",
        Practice.Mapping.MapComponent.ChildImpact => "How each child is, at home, at school and with their mother, and what causes it.",
        Practice.Mapping.MapComponent.IntersectingFactors => "Substance misuse, mental health, money, housing, culture and faith, and how his pattern works through them.",
    };
}
