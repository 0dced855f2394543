namespace Lantern.Core.Audit;

/// <summary>What a feature service asks the trail to record; who and when are filled in by the trail.</summary>
public sealed record AuditEntry(
    AuditAction Action,
    Guid? CaseId = null,
    Guid? PersonId = null,
    Guid? SubjectId = null,
    AuditOutcome Outcome = AuditOutcome.Succeeded,
    string? Detail = null);
