using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lantern.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lantern.Assurance.Tests;

/// <summary>
/// A hash of every row of every table but the audit trail (reading is audited by design) and the keys that protect
/// cookies, so that a sweep can show that its requests changed nothing.
/// </summary>
internal static class DatabaseFingerprint
{
    private static readonly HashSet<string> Excluded = new(StringComparer.OrdinalIgnoreCase) { "audit_events", "audit_chain_head", "DataProtectionKeys" };

    /// <summary>Table name → hash of its rows in key order.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(LanternDbContext db)
    {
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is { } name && !Excluded.Contains(name) && t.BaseType is null)
            .Select(t => (Name: t.GetTableName()!, Key: t.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(StoreObjectIdentifier.Table(t.GetTableName()!, t.GetSchema()))!).ToList()))
            .DistinctBy(t => t.Name)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, key) in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{name}\" ORDER BY {string.Join(", ", key.Select(k => $"\"{k}\""))}";
            result[name] = await HashRowsAsync(command);
        }

        return result;
    }

    /// <summary>The tables whose rows differ between two fingerprints.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => !before.TryGetValue(t, out var b) || !after.TryGetValue(t, out var a) || a != b).Order(StringComparer.Ordinal).ToList();

    private static async Task<string> HashRowsAsync(DbCommand command)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
                hash.AppendData(Encoding.UTF8.GetBytes(value));
                hash.AppendData("\u001f"u8);
            }

            hash.AppendData("\u001e"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
