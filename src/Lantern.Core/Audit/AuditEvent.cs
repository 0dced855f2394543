namespace Lantern.Core.Audit;

/// <summary>
/// One row of the append-only, hash-chained audit trail. It carries identifiers and field names, never
/// names, addresses or note text.
/// </summary>
public sealed class AuditEvent
{
    public long Sequence { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public Guid? AgencyId { get; set; }
    public string? Role { get; set; }
    public AuditAction Action { get; set; }
    public Guid? CaseId { get; set; }
    public Guid? PersonId { get; set; }
    public Guid? SubjectId { get; set; }
    public AuditOutcome Outcome { get; set; }
    public string? Detail { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
