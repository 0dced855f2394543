using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Lantern.Core.Backup;

/// <summary>
/// Finds and runs PostgreSQL's own pg_dump and pg_restore. The connection goes to them through PG* environment
/// variables, so a password never appears on a command line that other users of the machine can list.
/// </summary>
public static class PostgresTools
{
    /// <summary>
    /// LANTERN_PG_BIN first (someone who sets it means that version), then PATH, then the newest
    /// /usr/lib/postgresql/*/bin (Debian and Ubuntu install the tools there without putting them on PATH).
    /// </summary>
    public static string Find(string tool)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("LANTERN_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(Path.Combine(configured, tool));
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            candidates.Add(Path.Combine(folder, tool));
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Folder: d, Version: double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Folder, "bin", tool)));
        }

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new BackupRefusedException(
                $"{tool} was not found on PATH, in LANTERN_PG_BIN or under /usr/lib/postgresql/*/bin. Install the PostgreSQL client tools "
                + "(the same major version as the server or newer) or set LANTERN_PG_BIN to their folder.");
    }

    /// <summary>Runs a tool (a path from <see cref="Find"/>) against the database in <paramref name="connectionString"/>; a non-zero exit is refused with the tool's own message.</summary>
    public static async Task RunAsync(string toolPath, IEnumerable<string> arguments, string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var tool = Path.GetFileName(toolPath);
        var start = new ProcessStartInfo(toolPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Settings inherited from the shell would otherwise point the tool at another database than the one configured.
        foreach (var name in new[] { "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSSLMODE", "PGSERVICE", "PGOPTIONS" })
        {
            start.Environment.Remove(name);
        }

        Set(start, "PGHOST", connection.Host);
        Set(start, "PGPORT", connection.Port.ToString(CultureInfo.InvariantCulture));
        Set(start, "PGUSER", connection.Username);
        Set(start, "PGPASSWORD", connection.Password);
        Set(start, "PGDATABASE", connection.Database);
        if (connection.SslMode != SslMode.Prefer)
        {
            Set(start, "PGSSLMODE", connection.SslMode.ToString().ToLowerInvariant().Replace("verifyca", "verify-ca", StringComparison.Ordinal)
                .Replace("verifyfull", "verify-full", StringComparison.Ordinal));
        }

        using var process = Process.Start(start) ?? throw new BackupRefusedException($"{tool} could not be started.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var message = (await errors).Trim();
        await output;
        if (process.ExitCode != 0)
        {
            throw new BackupRefusedException($"{tool} failed (exit code {process.ExitCode}): {message}");
        }
    }

    private static void Set(ProcessStartInfo start, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            start.Environment[name] = value;
        }
    }
}
