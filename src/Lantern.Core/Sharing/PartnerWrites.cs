using Lantern.Core.Access;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lantern.Core.Sharing;

/// <summary>
/// The last line for writes by partner agencies' users: on a case shared with them they may add to the map within
/// their categories (checked by the map service) and nothing else. Every other change to case data is traced to its
/// case here, before it is saved, and refused unless the case is their own agency's.
/// </summary>
internal static class PartnerWrites
{
    public static async Task GuardAsync(LanternDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Scope.ReceivesShares)
        {
            return;
        }

        var cases = new HashSet<Guid>();
        var plans = new HashSet<Guid>();
        var reviews = new HashSet<Guid>();
        var notes = new HashSet<Guid>();
        var riskPlans = new HashSet<Guid>();
        var safetyPlans = new HashSet<Guid>();
        var people = new HashSet<Guid>();
        var meetings = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            Collect(entry, db.Scope, cases, plans, reviews, notes, riskPlans, safetyPlans, people, meetings);
        }

        cases.UnionWith(await db.PlanReviews.IgnoreQueryFilters().Where(r => reviews.Contains(r.Id)).Select(r => r.Plan!.CaseId).ToListAsync(cancellationToken));
        cases.UnionWith(await db.CasePlans.IgnoreQueryFilters().Where(p => plans.Contains(p.Id)).Select(p => p.CaseId).ToListAsync(cancellationToken));
        cases.UnionWith(await db.CaseNotes.IgnoreQueryFilters().Where(n => notes.Contains(n.Id)).Select(n => n.CaseId).ToListAsync(cancellationToken));
        cases.UnionWith(await db.RiskManagementPlans.IgnoreQueryFilters().Where(p => riskPlans.Contains(p.Id)).Select(p => p.CaseId).ToListAsync(cancellationToken));
        cases.UnionWith(await db.Meetings.IgnoreQueryFilters().Where(m => meetings.Contains(m.Id)).Select(m => m.CaseId).ToListAsync(cancellationToken));
        cases.UnionWith(await db.SafetyPlans.IgnoreQueryFilters().Where(p => safetyPlans.Contains(p.Id)).Select(p => p.CaseId).ToListAsync(cancellationToken));
        var agencyId = db.Scope.AgencyId;
        var foreign = cases.Count > 0
            && await db.Cases.IgnoreQueryFilters().AnyAsync(c => cases.Contains(c.Id) && c.OwningAgencyId != agencyId, cancellationToken);

        // A person may be changed by an agency that has them in a case of its own.
        foreach (var person in people)
        {
            if (!await db.Participants.IgnoreQueryFilters().AnyAsync(p => p.PersonId == person && !p.IsDeleted && p.Case!.OwningAgencyId == agencyId, cancellationToken)
                && !db.ChangeTracker.Entries<Cases.CaseParticipant>().Any(p => p.State == EntityState.Added && p.Entity.PersonId == person))
            {
                foreign = true;
            }
        }

        if (foreign)
        {
            throw new NotPermittedException("Your agency can see this case under a sharing agreement but cannot change it, apart from adding to the map.");
        }
    }

    private static void Collect(EntityEntry entry, AccessScope scope, HashSet<Guid> cases, HashSet<Guid> plans, HashSet<Guid> reviews, HashSet<Guid> notes,
        HashSet<Guid> riskPlans, HashSet<Guid> safetyPlans, HashSet<Guid> people, HashSet<Guid> meetings)
    {
        switch (entry.Entity)
        {
            case Map.MapEntry:
                // Contributions: the map service checks the share's categories and who contributed an entry.
                break;
            case Map.CaseMapGap:
                // Derived from the map after a contribution; never written from a caller's input.
                break;
            case Supervision.SupervisionSession s:
                cases.Add(s.CaseId);
                break;
            case Supervision.SupervisionAction a:
                cases.Add(a.CaseId);
                break;
            case Reviews.CaseReview r:
                cases.Add(r.CaseId);
                break;
            case Reviews.CriterionRating:
            case Reviews.ReviewSample:
            case Implementation.TrainingRecord:
            case Implementation.PracticeChampion:
            case Implementation.PracticeMeeting:
            case Implementation.PracticeMeetingCase:
            case Implementation.Presentation:
            case Implementation.ContinuumAssessment:
            case Implementation.ContinuumRating:
                // Quality and implementation records are the agency's own; partners' roles never reach their services.
                throw new NotPermittedException("Partner agencies do not keep supervision, review or implementation records here.");
            case Cases.Case c when entry.State == EntityState.Added:
                if (c.OwningAgencyId != scope.AgencyId)
                {
                    cases.Add(c.Id);
                }

                break;
            case Cases.Case c:
                cases.Add(c.Id);
                break;
            case Cases.CaseParticipant p:
                cases.Add(p.CaseId);
                break;
            case Intakes.Intake i:
                cases.Add(i.CaseId);
                break;
            case Notes.CaseNote n:
                cases.Add(n.CaseId);
                break;
            case Notes.NoteAddendum a:
                notes.Add(a.NoteId);
                break;
            case Notes.LanguageDismissal d:
                notes.Add(d.NoteId);
                break;
            case Plans.CasePlan p:
                cases.Add(p.CaseId);
                break;
            case Plans.PlanGoal g:
                plans.Add(g.PlanId);
                break;
            case Plans.PlanReview r:
                plans.Add(r.PlanId);
                break;
            case Plans.GoalProgress g:
                reviews.Add(g.ReviewId);
                break;
            case Plans.SafetyPlan s:
                cases.Add(s.CaseId);
                break;
            case Plans.SafetyPlanGrant g:
                safetyPlans.Add(g.SafetyPlanId);
                break;
            case Plans.RiskManagementPlan r:
                cases.Add(r.CaseId);
                break;
            case Plans.RiskItem r:
                riskPlans.Add(r.PlanId);
                break;
            case Plans.RiskAction a:
                riskPlans.Add(a.PlanId);
                break;
            case CaseShare s:
                cases.Add(s.CaseId);
                break;
            case Meetings.Meeting m:
                cases.Add(m.CaseId);
                break;
            case Meetings.MeetingAttendee a:
                meetings.Add(a.MeetingId);
                break;
            case Meetings.MeetingAction a when entry.State == EntityState.Modified && a.OwnerAgencyId == scope.AgencyId:
                // A partner records progress on an action its agency owns (the meeting service changes nothing else).
                break;
            case Meetings.MeetingAction a:
                cases.Add(a.CaseId);
                break;
            case Consent c:
                cases.Add(c.CaseId);
                break;
            case People.Person p when entry.State != EntityState.Added:
                people.Add(p.Id);
                break;
            case People.Relationship r:
                people.Add(r.PersonId);
                people.Add(r.RelatedPersonId);
                break;
            default:
                break;
        }
    }
}
