namespace Lantern.Core.People;

/// <summary>A relationship between two people, read as "Person is {Kind} RelatedPerson".</summary>
public sealed class Relationship : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public Guid RelatedPersonId { get; set; }
    public Person? RelatedPerson { get; set; }
    public RelationshipKind Kind { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }
}
