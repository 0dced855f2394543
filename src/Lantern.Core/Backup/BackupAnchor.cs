using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lantern.Core.Backup;

/// <summary>
/// What is written beside each backup and kept apart from the database: the backup file's SHA-256, so a damaged or
/// altered backup is refused, and the last audit row the backup holds, so that a later rewrite of the live trail's
/// history before the backup can be detected even when the rewritten chain is self-consistent.
/// </summary>
public sealed record BackupAnchor(
    string Format,
    string Provider,
    DateTimeOffset TakenAt,
    string BackupFile,
    long BackupBytes,
    string BackupSha256,
    long AuditSequence,
    string AuditHash)
{
    public const string CurrentFormat = "lantern-backup-anchor/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The anchor's path for a backup at <paramref name="backupPath"/>.</summary>
    public static string PathFor(string backupPath) => backupPath + ".anchor.json";

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
        stream.Flush(flushToDisk: true);
    }

    public static async Task<BackupAnchor> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new BackupRefusedException($"There is no anchor file at {path}: it is written beside each backup and is needed to check the backup.");
        }

        await using var stream = File.OpenRead(path);
        BackupAnchor? anchor;
        try
        {
            anchor = await JsonSerializer.DeserializeAsync<BackupAnchor>(stream, Json, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new BackupRefusedException($"{path} is not a Lantern backup anchor: {e.Message}");
        }

        return anchor is { Format: CurrentFormat, BackupSha256.Length: 64, AuditHash.Length: 64 }
            ? anchor
            : throw new BackupRefusedException($"{path} is not a Lantern backup anchor ({CurrentFormat}).");
    }

    /// <summary>The file's SHA-256 in lower-case hex, and its length.</summary>
    public static async Task<(string Sha256, long Bytes)> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return (Convert.ToHexStringLower(hash), stream.Length);
    }

    [JsonIgnore]
    public string ShortHash => AuditHash[..12];
}
