using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lantern.Core.Audit;

/// <summary>The canonical content of an audit row and its SHA-256 hash, chained to the row before it.</summary>
public static class AuditHash
{
    /// <summary>The "previous hash" of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Compute(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var canonical = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.UserId?.ToString("N") ?? "",
            e.UserName ?? "",
            e.AgencyId?.ToString("N") ?? "",
            e.Role ?? "",
            ((int)e.Action).ToString(CultureInfo.InvariantCulture),
            e.CaseId?.ToString("N") ?? "",
            e.PersonId?.ToString("N") ?? "",
            e.SubjectId?.ToString("N") ?? "",
            ((int)e.Outcome).ToString(CultureInfo.InvariantCulture),
            e.Detail ?? "",
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
