namespace Lantern.Core.Audit;

/// <summary>The result of checking the audit chain: where it first breaks, if anywhere.</summary>
public sealed record AuditVerification(long RowsChecked, long? FirstBadSequence, string? Problem)
{
    public bool IsIntact => FirstBadSequence is null;
}
