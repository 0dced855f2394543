using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.People;

/// <summary>Relationships between people the caller may see (both of them).</summary>
public sealed class RelationshipService(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    public async Task<IReadOnlyList<RelationshipView>?> ListForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            await access.RecordDeniedPersonAsync(personId, AuditAction.RelationshipsListed, cancellationToken);
            return null;
        }

        var list = await PersonNames.RelationshipsAsync(db,
            db.Relationships.Where(r => r.PersonId == personId || r.RelatedPersonId == personId), cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.RelationshipsListed, PersonId: personId));
        return list;
    }

    /// <summary>One relationship between two people the caller may see; the read is audited against its first person.</summary>
    public async Task<RelationshipView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var found = (await PersonNames.RelationshipsAsync(db, db.Relationships.Where(r => r.Id == id), cancellationToken)).SingleOrDefault();
        if (found is null)
        {
            await access.RecordDeniedRelationshipAsync(id, AuditAction.RelationshipsListed, cancellationToken);
            return null;
        }

        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.RelationshipsListed, PersonId: found.PersonId, SubjectId: id));
        return found;
    }

    public async Task<Relationship> CreateAsync(RelationshipInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await access.EnsureMayChangePeopleAsync([input.PersonId, input.RelatedPersonId], cancellationToken);
        InputRules.Enforce(input, await CheckPeopleAsync(input, cancellationToken));
        var relationship = new Relationship
        {
            PersonId = input.PersonId!.Value,
            RelatedPersonId = input.RelatedPersonId!.Value,
            Kind = input.Kind!.Value,
            StartedOn = input.StartedOn,
            EndedOn = input.EndedOn,
            CreatedAt = clock.Now(),
        };
        db.Relationships.Add(relationship);
        await audit.SaveAsync(cancellationToken,
            new AuditEntry(AuditAction.RelationshipCreated, PersonId: relationship.PersonId, SubjectId: relationship.Id, Detail: $"kind={relationship.Kind}"));
        return relationship;
    }

    public async Task<bool> UpdateAsync(Guid id, RelationshipInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var relationship = await db.Relationships.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (relationship is null)
        {
            await access.RecordDeniedRelationshipAsync(id, AuditAction.RelationshipUpdated, cancellationToken);
            return false;
        }

        await access.EnsureMayChangePeopleAsync([relationship.PersonId, relationship.RelatedPersonId, input.PersonId, input.RelatedPersonId], cancellationToken);
        var extra = await CheckPeopleAsync(input, cancellationToken);
        if (input.Version is null)
        {
            extra["Version"] = ["The record version is missing: reload the page and try again."];
        }

        InputRules.Enforce(input, extra);
        db.Entry(relationship).Property(r => r.Version).OriginalValue = input.Version!.Value;
        var changed = new List<string>();
        CaseService.Track(changed, "PersonId", relationship.PersonId, input.PersonId!.Value, v => relationship.PersonId = v);
        CaseService.Track(changed, "RelatedPersonId", relationship.RelatedPersonId, input.RelatedPersonId!.Value, v => relationship.RelatedPersonId = v);
        CaseService.Track(changed, "Kind", relationship.Kind, input.Kind!.Value, v => relationship.Kind = v);
        CaseService.Track(changed, "StartedOn", relationship.StartedOn, input.StartedOn, v => relationship.StartedOn = v);
        CaseService.Track(changed, "EndedOn", relationship.EndedOn, input.EndedOn, v => relationship.EndedOn = v);
        await access.SaveEditAsync(new AuditEntry(AuditAction.RelationshipUpdated, PersonId: relationship.PersonId, SubjectId: id,
            Detail: CaseService.FieldList(changed)), cancellationToken);
        return true;
    }

    private async Task<Dictionary<string, string[]>> CheckPeopleAsync(RelationshipInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.PersonId is { } a && !await db.People.AnyAsync(p => p.Id == a, cancellationToken))
        {
            errors["PersonId"] = ["No person with this id is open to you."];
        }

        if (input.RelatedPersonId is { } b && !await db.People.AnyAsync(p => p.Id == b, cancellationToken))
        {
            errors["RelatedPersonId"] = ["No person with this id is open to you."];
        }

        if (input.PersonId is not null && input.PersonId == input.RelatedPersonId)
        {
            errors["RelatedPersonId"] = ["A relationship needs two different people."];
        }

        if (input.StartedOn is { } start && input.EndedOn is { } end && end < start)
        {
            errors["EndedOn"] = ["The end date cannot be before the start date."];
        }

        return errors;
    }
}
