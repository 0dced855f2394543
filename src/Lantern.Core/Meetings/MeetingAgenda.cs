using System.Globalization;

namespace Lantern.Core.Meetings;

/// <summary>
/// The agenda of a meeting, drawn from what the agency may see: the map's components in the model's order (his
/// pattern first), what we don't know yet in each, the plan's state, and the actions still open from earlier meetings.
/// </summary>
public static class MeetingAgenda
{
    public static IReadOnlyList<AgendaItem> For(MeetingView meeting, IReadOnlyList<PackComponent> components, PackPlan? plan, int earlierOpen, int earlierOverdue,
        bool showsMeeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(components);
        var items = new List<AgendaItem>
        {
            new("Introductions and purpose", meeting.Purpose.Length > 0 ? meeting.Purpose : "Who is here, from which agency, and why we are meeting."),
        };
        foreach (var component in components)
        {
            var entries = component.Entries.Count switch
            {
                0 => "Nothing recorded yet.",
                1 => "1 entry recorded.",
                var n => string.Create(CultureInfo.InvariantCulture, $"{n} entries recorded."),
            };
            var latest = component.Entries.Select(e => e.OccurredOn).Max();
            var when = latest is { } date ? string.Create(CultureInfo.InvariantCulture, $" The latest dated {date:d MMMM yyyy}.") : "";
            var gaps = component.Gaps.Count switch
            {
                0 => "",
                1 => " 1 thing we don't know yet.",
                var n => string.Create(CultureInfo.InvariantCulture, $" {n} things we don't know yet."),
            };
            items.Add(new AgendaItem("", entries + when + gaps, component.Component));
        }

        if (plan is not null)
        {
            items.Add(new AgendaItem("The plan", plan.Goals == 0
                ? "There is no plan yet: agree goals for him first, then with her, then for each child."
                : string.Create(CultureInfo.InvariantCulture,
                    $"{plan.Goals} goals, {plan.OverdueGoals} past their review date, {plan.Findings} points raised by the plan checker.{(plan.NextReviewOn is { } next ? $" Next review {next:d MMMM yyyy}." : "")}")));
        }

        if (showsMeeting)
        {
            items.Add(new AgendaItem("Actions from earlier meetings", earlierOpen == 0
                ? "None open."
                : string.Create(CultureInfo.InvariantCulture, $"{earlierOpen} open, {earlierOverdue} overdue.")));
            items.Add(new AgendaItem("Decisions and actions", "What we agree, who will do it, and by when."));
        }

        return items;
    }
}
