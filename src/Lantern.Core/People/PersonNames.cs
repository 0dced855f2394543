using Lantern.Core.Cases;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.People;

/// <summary>A person's name and date of birth, for the lists that show who is in a case or relationship.</summary>
public sealed record PersonName(Guid Id, string GivenName, string FamilyName, DateOnly? DateOfBirth, DateOfBirthAccuracy DateOfBirthAccuracy)
{
    public string FullName => $"{GivenName} {FamilyName}";
}

/// <summary>
/// Names are looked up by id in a second, scoped query rather than joined through navigations: a join through
/// a filtered navigation made the database build the whole set of visible people first (256 ms for one
/// person page on 100,000 cases), where a lookup by id is a handful of index probes.
/// </summary>
public static class PersonNames
{
    public static async Task<Dictionary<Guid, PersonName>> ForAsync(LanternDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        return await db.People.AsNoTracking()
            .Where(p => wanted.Contains(p.Id))
            .Select(p => new PersonName(p.Id, p.GivenName, p.FamilyName, p.DateOfBirth, p.DateOfBirthAccuracy))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    /// <summary>Relationships matching <paramref name="query"/>, with both people's names; both are visible by the relationship filter.</summary>
    public static async Task<List<RelationshipView>> RelationshipsAsync(LanternDbContext db, IQueryable<Relationship> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await RelationshipRowsAsync(query, cancellationToken);
        var names = await ForAsync(db, rows.SelectMany(r => new[] { r.PersonId, r.RelatedPersonId }), cancellationToken);
        return Named(rows, names);
    }

    /// <summary>A case's participants with names, ordered by role and age; the participant filter already scopes them.</summary>
    public static async Task<List<ParticipantView>> ParticipantsAsync(LanternDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await ParticipantRowsAsync(db, caseId, cancellationToken);
        return Named(rows, await ForAsync(db, rows.Select(r => r.PersonId), cancellationToken));
    }

    /// <summary>
    /// A case's participants and the relationships between them, for the case page: the names are read once for both, as
    /// every relationship here is between participants.
    /// </summary>
    public static async Task<(List<ParticipantView> Participants, List<RelationshipView> Relationships)> CaseFamilyAsync(
        LanternDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await ParticipantRowsAsync(db, caseId, cancellationToken);
        var personIds = rows.Select(r => r.PersonId).Distinct().ToList();
        var relationships = await RelationshipRowsAsync(
            db.Relationships.Where(r => personIds.Contains(r.PersonId) && personIds.Contains(r.RelatedPersonId)), cancellationToken);
        var names = await ForAsync(db, personIds, cancellationToken);
        return (Named(rows, names), Named(relationships, names));
    }

    private sealed record ParticipantRow(Guid Id, Guid PersonId, ParticipantRole Role, uint Version);

    private sealed record RelationshipRow(Guid Id, Guid PersonId, RelationshipKind Kind, Guid RelatedPersonId, DateOnly? StartedOn, DateOnly? EndedOn, uint Version);

    private static Task<List<ParticipantRow>> ParticipantRowsAsync(LanternDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.Participants.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new ParticipantRow(p.Id, p.PersonId, p.Role, p.Version))
            .ToListAsync(cancellationToken);

    private static Task<List<RelationshipRow>> RelationshipRowsAsync(IQueryable<Relationship> query, CancellationToken cancellationToken) =>
        query.AsNoTracking()
            .Select(r => new RelationshipRow(r.Id, r.PersonId, r.Kind, r.RelatedPersonId, r.StartedOn, r.EndedOn, r.Version))
            .ToListAsync(cancellationToken);

    /// <summary>Participants whose person the caller may see, by role and age.</summary>
    private static List<ParticipantView> Named(List<ParticipantRow> rows, Dictionary<Guid, PersonName> names) => rows
        .Where(r => names.ContainsKey(r.PersonId))
        .Select(r => (Row: r, Name: names[r.PersonId]))
        .OrderBy(x => x.Row.Role).ThenBy(x => x.Name.DateOfBirth)
        .Select(x => new ParticipantView(x.Row.Id, x.Row.PersonId, x.Name.FullName, x.Row.Role, x.Name.DateOfBirth, x.Name.DateOfBirthAccuracy, x.Row.Version))
        .ToList();

    /// <summary>Relationships both of whose people the caller may see, by kind and family name.</summary>
    private static List<RelationshipView> Named(List<RelationshipRow> rows, Dictionary<Guid, PersonName> names) => rows
        .Where(r => names.ContainsKey(r.PersonId) && names.ContainsKey(r.RelatedPersonId))
        .OrderBy(r => r.Kind).ThenBy(r => names[r.PersonId].FamilyName)
        .Select(r => new RelationshipView(r.Id, r.PersonId, names[r.PersonId].FullName, r.Kind, r.RelatedPersonId, names[r.RelatedPersonId].FullName,
            r.StartedOn, r.EndedOn, r.Version))
        .ToList();
}
