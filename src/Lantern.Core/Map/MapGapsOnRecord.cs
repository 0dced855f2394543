using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Notes;
using Lantern.Practice.Mapping;
using Lantern.Practice.Review;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Map;

/// <summary>
/// Keeps <see cref="CaseMapGap"/> rows in step with a case's map and people after each change, for dashboards. It reads
/// the whole case whoever made the change (a partner's contribution changes the case's gaps too): the rows are derived
/// data, shown only as counts to the owning agency.
/// </summary>
public static class MapGapsOnRecord
{
    public static async Task RefreshAsync(LanternDbContext db, Guid caseId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var snapshot = await SnapshotAsync(db, caseId, cancellationToken);
        var gaps = MapGapRules.Find(snapshot, today);
        await db.CaseMapGaps.IgnoreQueryFilters().Where(g => g.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        db.CaseMapGaps.AddRange(gaps.Select(g => new CaseMapGap { CaseId = caseId, RuleId = g.RuleId, Component = g.Component, RecordedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The case's map as the engines see it, read past the caller's filters (names are not needed for gaps).</summary>
    public static async Task<MapSnapshot> SnapshotAsync(LanternDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var participants = await db.Participants.IgnoreQueryFilters().AsNoTracking().Where(p => p.CaseId == caseId && !p.IsDeleted)
            .Select(p => new { p.PersonId, p.Role }).ToListAsync(cancellationToken);
        var people = participants.Select(p => new MapPerson(p.PersonId, "", RoleOf(p.Role))).ToList();
        var entries = await db.MapEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.CaseId == caseId && !e.IsDeleted)
            .OrderBy(e => e.RecordedAt).ToListAsync(cancellationToken);
        var facts = entries.Select(e => new MapEntryFacts
        {
            Id = e.Id,
            Component = e.Component,
            CategoryKey = e.CategoryKey,
            Source = e.Source,
            Verified = e.Verified,
            Accuracy = e.Accuracy,
            OccurredOn = e.OccurredOn,
            RecordedOn = DateOnly.FromDateTime(e.RecordedAt.UtcDateTime),
            PerpetratorId = e.PerpetratorId,
            AdultId = e.AdultId,
            ChildIds = e.ChildIds,
            ChildrenPresent = e.ChildrenPresent,
            UnderminedByPerpetrator = e.UnderminedByPerpetrator,
            CausedBy = e.CausedBy,
        }).ToList();
        var interviewed = await db.CaseNotes.IgnoreQueryFilters().AnyAsync(
            n => n.CaseId == caseId && !n.IsDeleted && n.Kind == NoteKind.Interview && n.With == ContactWith.Perpetrator, cancellationToken)
            ? people.Where(p => p.Role == MapRole.Perpetrator).Select(p => p.Id).ToHashSet()
            : null;
        return new MapSnapshot(people, facts, interviewed);
    }

    public static MapRole RoleOf(ParticipantRole role) => role switch
    {
        ParticipantRole.Perpetrator => MapRole.Perpetrator,
        ParticipantRole.Survivor => MapRole.Survivor,
        ParticipantRole.Child => MapRole.Child,
        ParticipantRole.OtherCaregiver or ParticipantRole.Other => MapRole.OtherAdult,
    };
}
