using Lantern.Core.Agencies;
using Lantern.Core.Cases;
using Lantern.Core.Supervision;

namespace Lantern.Core.Data;

/// <summary>
/// The demonstration supervision: Tom Whitfield supervises Aisha Rahman on the Calder family twice. Four weeks ago he
/// coached her on documentation (Gavin as the actor, Morag's efforts in full) and they agreed to rewrite the summary;
/// a week ago that action was followed up as done, and they planned a further interview with Gavin, which is still open.
/// </summary>
public static partial class DemoData
{
    private static void SuperviseCalder(LanternDbContext db, Case calder, LanternUser supervisor, LanternUser worker, DateTimeOffset now, DateOnly today)
    {
        var first = new SupervisionSession
        {
            CaseId = calder.Id,
            SupervisorId = supervisor.Id,
            WorkerId = worker.Id,
            HeldOn = today.AddDays(-28),
            Components = DiscussedComponents.CoerciveControl | DiscussedComponents.HarmToChild | DiscussedComponents.ProtectiveEfforts,
            GapsFound = "The assessment summary speaks of \"a volatile relationship\" and \"arguments\" instead of what Gavin does. It does not yet say "
                + "what he has done to the boys directly (the belt), nor how keeping Rory's benefit leaves Rory without food and clean clothes. "
                + "Morag's efforts are given as \"has not left\" rather than everything she does for the boys.",
            Coaching = CoachingAreas.Documentation | CoachingAreas.PartneringWithSurvivor,
            CoachingNotes = "We rewrote two paragraphs together with Gavin as the one acting in each sentence (\"Gavin pushed Morag into the door frame "
                + "while the boys were in the next room\"), and listed what Morag does: the call to the police, her contact with Harbour, Rory's "
                + "routines, saving for the boys' shoes. Aisha will check with Morag that the list is right and ask what else she does that we have "
                + "not seen.",
            CreatedAt = now,
            UpdatedAt = now,
        };
        var rewrite = new SupervisionAction
        {
            SessionId = first.Id,
            CaseId = calder.Id,
            Position = 0,
            Description = "Rewrite the assessment summary so that Gavin is named as the one doing each behaviour, and set out Morag's protective "
                + "efforts in full.",
            DueOn = today.AddDays(-14),
            UpdatedAt = now,
        };
        first.Actions.Add(rewrite);

        var second = new SupervisionSession
        {
            CaseId = calder.Id,
            SupervisorId = supervisor.Id,
            WorkerId = worker.Id,
            HeldOn = today.AddDays(-7),
            Components = DiscussedComponents.CoerciveControl | DiscussedComponents.ChildImpact | DiscussedComponents.IntersectingFactors,
            GapsFound = "Gavin has said he \"disciplines\" the older boys but has not been asked about it since the risk conference; how Ewan's "
                + "relationship with his mother has been affected is described by adults, not yet in Ewan's own words.",
            Coaching = CoachingAreas.InterviewingPerpetrator | CoachingAreas.SafetyPlanning | CoachingAreas.ImpactOnChildren,
            CoachingNotes = "Planned the next interview with Gavin: at the office with a colleague, given his hostility to workers; about his choices "
                + "and their effect on the boys, not about his drinking as the cause; nothing Morag has told us is to be put to him. Went through "
                + "Morag's safety plan for the days after the interview. Talked about asking Ewan, with his mother's agreement, how things are at "
                + "home for him.",
            CreatedAt = now,
            UpdatedAt = now,
        };
        rewrite.Status = SupervisionActionStatus.Done;
        rewrite.FollowedUpInSessionId = second.Id;
        rewrite.FollowUpNote = "Done before the risk conference: the summary now names Gavin's choices and sets out what Morag does for the boys.";
        second.Actions.Add(new SupervisionAction
        {
            SessionId = second.Id,
            CaseId = calder.Id,
            Position = 0,
            Description = "Interview Gavin at the office, with a colleague, about the belt and the money, using the plan agreed today.",
            DueOn = today.AddDays(7),
            UpdatedAt = now,
        });

        db.SupervisionSessions.AddRange(first, second);
    }
}
