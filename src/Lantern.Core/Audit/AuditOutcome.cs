namespace Lantern.Core.Audit;

public enum AuditOutcome
{
    Succeeded,
    Denied,
    Failed,
}
