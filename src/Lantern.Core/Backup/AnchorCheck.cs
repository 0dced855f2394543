using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Backup;

/// <summary>Whether a chain still holds the anchor's row with the anchor's hash, and what it holds there instead.</summary>
public sealed record AnchorCheckResult(BackupAnchor Anchor, string? HashFound)
{
    public bool Holds => HashFound == Anchor.AuditHash;

    public string Describe() => HashFound switch
    {
        _ when Holds => $"The audit trail holds row {Anchor.AuditSequence} with the hash exported with the backup of {Anchor.TakenAt:u} ({Anchor.ShortHash}…).",
        null => $"The audit trail has no row {Anchor.AuditSequence}, which the backup of {Anchor.TakenAt:u} ended with: rows were removed.",
        _ => $"Row {Anchor.AuditSequence} of the audit trail has the hash {HashFound[..12]}…, not {Anchor.ShortHash}… as exported with the backup of "
            + $"{Anchor.TakenAt:u}: the trail's history up to that backup was rewritten.",
    };
}

/// <summary>
/// Checks a chain against an anchor kept outside the database. The chain's own check finds a row edited in place,
/// but not a history rewritten from some row onwards with every later hash worked out again; the anchor's hash, kept
/// elsewhere, covers every row up to it, so such a rewrite changes it.
/// </summary>
public static class AnchorCheck
{
    public static async Task<AnchorCheckResult> CheckAsync(LanternDbContext db, BackupAnchor anchor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(anchor);
        if (anchor.AuditSequence == 0)
        {
            // A backup taken before anything was audited anchors nothing.
            return new AnchorCheckResult(anchor, anchor.AuditHash);
        }

        var hash = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Sequence == anchor.AuditSequence)
            .Select(e => e.Hash)
            .SingleOrDefaultAsync(cancellationToken);
        return new AnchorCheckResult(anchor, hash);
    }
}
