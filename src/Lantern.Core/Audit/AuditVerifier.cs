using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Audit;

/// <summary>
/// Walks the chain in sequence order and reports the first row that was edited, deleted, inserted or
/// reordered: a gap or repeat in the numbering, a previous-hash that does not match the row before, a hash
/// that does not match the row's own content, or a head that disagrees with the last row.
/// </summary>
public sealed class AuditVerifier(LanternDbContext db)
{
    private const int BatchSize = 5000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long expected = 1;
        var previousHash = AuditHash.Genesis;
        long checkedRows = 0;
        while (true)
        {
            var from = expected;
            var batch = await db.AuditEvents.AsNoTracking()
                .Where(e => e.Sequence >= from)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var row in batch)
            {
                checkedRows++;
                if (row.Sequence != expected)
                {
                    return row.Sequence > expected
                        ? new(checkedRows, expected, $"Row {expected} is missing: the next row is {row.Sequence} (deleted rows).")
                        : new(checkedRows, row.Sequence, $"Row {row.Sequence} is out of sequence.");
                }

                if (row.PreviousHash != previousHash)
                {
                    return new(checkedRows, row.Sequence,
                        $"Row {row.Sequence} does not follow the row before it (a row was deleted, inserted or reordered).");
                }

                if (AuditHash.Compute(row) != row.Hash)
                {
                    return new(checkedRows, row.Sequence, $"Row {row.Sequence} was edited after it was written.");
                }

                previousHash = row.Hash;
                expected++;
            }

            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        var head = await db.AuditChainHead.AsNoTracking().SingleAsync(h => h.Id == 1, cancellationToken);
        if (head.LastSequence != expected - 1 || head.LastHash != previousHash)
        {
            return new(checkedRows, expected,
                $"The trail ends at row {expected - 1} but {head.LastSequence} rows were written (rows removed from the end).");
        }

        return new(checkedRows, null, null);
    }
}
