using Lantern.Core.Agencies;
using Lantern.Core.Cases;
using Lantern.Core.Meetings;

namespace Lantern.Core.Data;

/// <summary>
/// The demonstration meetings: a risk conference on the Calder family two weeks ago, with the four agencies round
/// the table, minutes by component (his pattern as his choices, her efforts in full, the impact on each son),
/// decisions, and actions followed since (one done, one of the police's overdue); and a family meeting planned with
/// Morag and her advocate, not yet held.
/// </summary>
public static partial class DemoData
{
    private static void MeetCalder(LanternDbContext db, Agency welfare, Agency refuge, Agency police, Agency school, Case calder, LanternUser worker,
        DateTimeOffset now, DateOnly today)
    {
        var conference = new Meeting
        {
            CaseId = calder.Id,
            Kind = MeetingKind.RiskConference,
            HeldOn = today.AddDays(-14),
            Purpose = "To share what each agency knows of Gavin's pattern of abuse and its effect on Liam, Ewan and Rory after the police concern about Liam, "
                + "and to agree how the agencies will keep the boys safe with their mother and hold Gavin to account.",
            CoerciveControlMinutes = "Gavin controls the household money, including Rory's disability benefit: Morag has no bank card of her own, is given a weekly "
                + "sum for food and must account for every purchase. He decides when she may leave the house and has stopped her seeing her family. "
                + "Police confirmed the call-out fourteen months ago when he pushed Morag into a door frame while the boys were in the next room. "
                + "When he has been drinking he punches walls and doors and stands over her while shouting. These are his choices; the pattern "
                + "predates his drinking and is the source of the risk to the boys.",
            HarmToChildMinutes = "Gavin calls Morag stupid and useless in front of the boys and tells them they need not listen to her, which undermines her "
                + "parenting. He told the worker that he \"disciplines\" Liam and Ewan by hitting them with a belt: that is physical harm he chooses to do. "
                + "By keeping Rory's benefit and the household money he leaves too little for Rory's food and clean clothes.",
            ProtectiveEffortsMinutes = "Morag called the police after the assault, although Gavin took her phone from her for a week afterwards, and she has "
                + "asked Harbour for advice twice this year. She keeps Rory's bedtime routine, sits with him when he is distressed and walks him to school "
                + "when Gavin lets her. She saves small amounts from the food money to buy the boys school shoes. Her advocate says Morag wants the benefit "
                + "paid to her and wants the plan to be about Gavin's behaviour. The conference recognised how much she does for the boys within the limits "
                + "his control sets; she is not responsible for what he does.",
            ChildImpactMinutes = "Rory, who is autistic, arrives at school hungry, unkempt and dirty on most days, uses sexualised language and is distressed by "
                + "loud noise; the designated safeguarding lead says he settles with a familiar adult. Liam was charged last week with sexual assault and "
                + "describes his father's treatment of his mother as normal. Ewan repeats his father's insults to his mother and refuses to do as she asks; "
                + "he was arrested two days ago after an assault in the community. All three boys describe going quiet when their father comes home.",
            IntersectingFactorsMinutes = "Gavin drinks heavily most evenings and his violence is worse when he drinks. He says the drinking is the problem; the "
                + "conference noted that his control of the money and of Morag's movements does not depend on it. Morag has no income of her own, which "
                + "follows from his control of the money. Rory's autism means routine and quiet matter to him, and change at home affects him most.",
            OtherMinutes = "Morag was invited and chose to be represented by her advocate, who shared her views with her agreement. Gavin was not invited: "
                + "he will be seen separately about his behaviour.",
            Decisions = "The boys stay at home with their mother; the plan's goals are first about Gavin's behaviour. The case stays open to Northgate "
                + "Children's Services and is reviewed at a further conference in three months. Each agency tells the allocated worker of any new "
                + "incident involving Gavin within one working day. Agencies work with Morag as a partner and share nothing with Gavin about her contact "
                + "with them.",
            CreatedById = worker.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        conference.Attendees.AddRange(
        [
            new MeetingAttendee { MeetingId = conference.Id, Position = 0, Name = worker.DisplayName, Role = "Allocated social worker (chair)", AgencyId = welfare.Id },
            new MeetingAttendee { MeetingId = conference.Id, Position = 1, Name = "Nadia Kowalski", Role = "Domestic abuse advocate", AgencyId = refuge.Id },
            new MeetingAttendee { MeetingId = conference.Id, Position = 2, Name = "DC Sean Doyle", Role = "Public Protection Unit", AgencyId = police.Id },
            new MeetingAttendee { MeetingId = conference.Id, Position = 3, Name = "Priya Shah", Role = "Designated safeguarding lead", AgencyId = school.Id },
        ]);

        MeetingAction Action(int position, string description, string owner, Agency agency, DateOnly due) => new()
        {
            MeetingId = conference.Id,
            CaseId = calder.Id,
            Position = position,
            Description = description,
            Owner = owner,
            OwnerAgencyId = agency.Id,
            DueOn = due,
            Status = MeetingActionStatus.Open,
            UpdatedAt = now,
        };
        var benefit = Action(0, "Ask the benefits office, with Morag's agreement, to pay Rory's disability benefit to her.", worker.DisplayName, welfare,
            today.AddDays(-7));
        benefit.Status = MeetingActionStatus.Done;
        benefit.CompletedOn = today.AddDays(-9);
        benefit.CompletionNote = "The benefits office has agreed to change the payee to Morag from the next payment.";
        conference.Actions.AddRange(
        [
            benefit,
            Action(1, "Review the police call-outs to the address and send the allocated worker the details of every incident involving Gavin.",
                "DC Sean Doyle", police, today.AddDays(-3)),
            Action(2, "Offer Rory a breakfast club place and a named trusted adult he can go to when he is distressed; report weekly to the worker.",
                "Priya Shah", school, today.AddDays(7)),
            Action(3, "Meet Morag alone to hear what she wants from the plan and pass her views to the worker.", "Nadia Kowalski", refuge,
                today.AddDays(5)),
            Action(4, "Interview Gavin about his control of the money, his use of the belt on the boys and his drinking, and refer him to the perpetrator programme.",
                worker.DisplayName, welfare, today.AddDays(14)),
        ]);

        var familyMeeting = new Meeting
        {
            CaseId = calder.Id,
            Kind = MeetingKind.FamilyMeeting,
            HeldOn = today.AddDays(10),
            Purpose = "With Morag and her advocate: go through the plan, what she already does to keep the boys safe, and what she wants from each agency. "
                + "Gavin is seen separately.",
            CreatedById = worker.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        familyMeeting.Attendees.AddRange(
        [
            new MeetingAttendee { MeetingId = familyMeeting.Id, Position = 0, Name = worker.DisplayName, Role = "Allocated social worker", AgencyId = welfare.Id },
            new MeetingAttendee { MeetingId = familyMeeting.Id, Position = 1, Name = "Morag Calder", Role = "Mother" },
            new MeetingAttendee { MeetingId = familyMeeting.Id, Position = 2, Name = "Nadia Kowalski", Role = "Domestic abuse advocate", AgencyId = refuge.Id },
        ]);
        db.Meetings.AddRange(conference, familyMeeting);
    }
}
