using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Intakes;
using Lantern.Core.People;
using Lantern.Practice.DataQuality;
using Lantern.Practice.Screening;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.DataQuality;

/// <summary>
/// Reads what the data quality rules need, through the query filters (so only what the reader may see), from the cases
/// her own agency owns: a case shared in by another agency is that agency's to put right. Six queries whatever the
/// number of cases, each returning only the columns the rules read — never an address, phone, email or narrative.
/// </summary>
public static class DataQualityLoader
{
    /// <param name="agencyId">The agency whose cases are checked: the reader's own (the command line names one).</param>
    public static async Task<QualityRecordSet> LoadAsync(LanternDbContext db, Guid agencyId, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var me = db.Scope.UserId;
        var myTeam = db.Scope.TeamId;
        var ours = db.Cases.Where(c => c.OwningAgencyId == agencyId);

        var cases = await ours.AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.Status,
                c.OpenedOn,
                c.ClosedOn,
                HasTeam = c.TeamId != null,
                HasWorker = c.AllocatedWorkerId != null,

                // As in case lists: a restricted case's names are shown to its allocated worker and team only.
                Masked = c.IsRestricted && c.AllocatedWorkerId != me && (myTeam == null || c.TeamId != myTeam),
            })
            .ToListAsync(cancellationToken);

        var participants = await db.Participants.AsNoTracking()
            .Where(p => ours.Any(c => c.Id == p.CaseId))
            .Select(p => new { p.CaseId, p.PersonId, p.Role })
            .ToListAsync(cancellationToken);

        var people = await db.People.AsNoTracking()
            .Where(p => db.Participants.Any(cp => cp.PersonId == p.Id && ours.Any(c => c.Id == cp.CaseId)))
            .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.Aliases, p.DateOfBirth, p.DateOfBirthAccuracy })
            .ToListAsync(cancellationToken);

        // Only relationships with both dates can be back to front; the rule itself decides.
        var relationships = await db.Relationships.AsNoTracking()
            .Where(r => r.StartedOn != null && r.EndedOn != null && r.EndedOn < r.StartedOn)
            .Select(r => new QualityRelationship(r.Id, r.PersonId, r.RelatedPersonId, r.StartedOn, r.EndedOn))
            .ToListAsync(cancellationToken);

        var intakes = await db.Intakes.AsNoTracking()
            .Where(i => ours.Any(c => c.Id == i.CaseId))
            .Select(i => new { i.Id, i.CaseId, i.ReceivedOn, i.Status, i.CompletedAt, i.ScreeningOutcome })
            .ToListAsync(cancellationToken);

        // A case has many notes: only those dated outside their case's life leave the database; the rules check them again.
        var notes = await db.CaseNotes.AsNoTracking()
            .Where(n => ours.Any(c => c.Id == n.CaseId && (n.OccurredOn > today || n.OccurredOn < c.OpenedOn)))
            .Select(n => new QualityNote(n.Id, n.CaseId, n.OccurredOn))
            .ToListAsync(cancellationToken);

        var masked = cases.Where(c => c.Masked).Select(c => c.Id).ToHashSet();
        var named = participants.Where(p => !masked.Contains(p.CaseId)).Select(p => p.PersonId).ToHashSet();
        var peopleIds = new HashSet<Guid>(people.Count);
        var qualityPeople = new List<QualityPerson>(people.Count);
        foreach (var p in people)
        {
            peopleIds.Add(p.Id);
            qualityPeople.Add(new QualityPerson(p.Id, p.GivenName, p.FamilyName, p.Aliases, p.DateOfBirth, Accuracy(p.DateOfBirthAccuracy), named.Contains(p.Id)));
        }

        return new QualityRecordSet(
            today,
            cases.Select(c => new QualityCase(c.Id, c.Reference, Status(c.Status), c.OpenedOn, c.ClosedOn, c.HasTeam, c.HasWorker)).ToList(),
            participants.Select(p => new QualityParticipant(p.CaseId, p.PersonId, Role(p.Role))).ToList(),
            qualityPeople,

            // A relationship between people on the agency's cases: one reaching only other agencies' people is theirs.
            relationships.Where(r => peopleIds.Contains(r.PersonId) && peopleIds.Contains(r.RelatedPersonId)).ToList(),
            intakes.Select(i => new QualityIntake(i.Id, i.CaseId, i.ReceivedOn, i.Status == IntakeStatus.Draft,
                i.CompletedAt is { } completed ? DateOnly.FromDateTime(completed.UtcDateTime) : null,
                i.ScreeningOutcome == ScreeningOutcome.DomesticAbuseIndicated)).ToList(),
            notes);
    }

    private static QualityCaseStatus Status(CaseStatus status) => status switch
    {
        CaseStatus.Intake => QualityCaseStatus.Intake,
        CaseStatus.Open => QualityCaseStatus.Open,
        CaseStatus.Closed => QualityCaseStatus.Closed,
    };

    private static QualityRole Role(ParticipantRole role) => role switch
    {
        ParticipantRole.Child => QualityRole.Child,
        ParticipantRole.Survivor => QualityRole.Survivor,
        ParticipantRole.Perpetrator => QualityRole.Perpetrator,
        ParticipantRole.OtherCaregiver => QualityRole.OtherCaregiver,
        ParticipantRole.Other => QualityRole.Other,
    };

    private static QualityDateAccuracy Accuracy(DateOfBirthAccuracy accuracy) => accuracy switch
    {
        DateOfBirthAccuracy.Unknown => QualityDateAccuracy.Unknown,
        DateOfBirthAccuracy.Exact => QualityDateAccuracy.Exact,
        DateOfBirthAccuracy.Approximate => QualityDateAccuracy.Approximate,
    };
}
