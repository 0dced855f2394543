using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Notes;
using Lantern.Practice.Mapping;
using Lantern.Practice.Review;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Map;

/// <summary>
/// A case's map as the gap rules read it, whoever made the change (a partner's contribution changes the case's gaps
/// too): <see cref="Dashboards.CaseFiguresOnRecord"/> keeps the <see cref="CaseMapGap"/> rows from it.
/// </summary>
public static class MapGapsOnRecord
{
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
