using Lantern.Core.People;

namespace Lantern.Core.Cases;

/// <summary>A person's role in one case. The same person may hold other roles in other cases.</summary>
public sealed class CaseParticipant : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public ParticipantRole Role { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }
}
