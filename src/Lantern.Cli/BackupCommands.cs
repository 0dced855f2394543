using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Lantern.Core.Backup;
using Lantern.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

/// <summary>
/// <c>lantern backup</c> and <c>lantern restore</c>. Output is figures, paths and audit row numbers only: a backup holds
/// survivors' addresses and children's records, and none of it belongs in a terminal or a job log.
/// </summary>
public static class BackupCommands
{
    /// <summary>Refused before anything changed (a name already used, a database not empty, a backup that does not match its anchor).</summary>
    public const int Refused = 2;

    public static Command BuildBackup(TextWriter output, TextWriter error)
    {
        var outPath = new Option<string>("--out") { Description = "The backup file to write; its anchor is written beside it as FILE.anchor.json.", Required = true };
        var command = new Command("backup", "Take a consistent backup while Lantern keeps running (SQLite online backup, or pg_dump -Fc), with its audit anchor.") { outPath };
        command.SetAction(async (result, cancellationToken) =>
        {
            var database = CliDatabase.Options(result);
            await output.WriteLineAsync($"Backing up the {database.Provider} database to {Path.GetFullPath(result.GetValue(outPath)!)}…");
            BackupOutcome done;
            try
            {
                done = await new DatabaseBackup(database, TimeProvider.System).BackupAsync(result.GetValue(outPath)!, cancellationToken);
            }
            catch (Exception e) when (e is BackupRefusedException or DbException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"No backup was taken: {e.Message}");
                return Refused;
            }

            var anchor = done.Anchor;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Backup written: {anchor.BackupBytes:N0} bytes in {done.Elapsed.TotalSeconds:F1} s, SHA-256 {anchor.BackupSha256}."));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Anchor: {done.AnchorPath}: the backup ends at audit row {anchor.AuditSequence} with hash {anchor.AuditHash}."));
            await output.WriteLineAsync("Keep a copy of the anchor away from the database server; 'lantern audit verify --anchor FILE' checks the live trail against it later.");
            return 0;
        });
        return command;
    }

    public static Command BuildRestore(TextWriter output, TextWriter error)
    {
        var from = new Option<string>("--from") { Description = "The backup file; its anchor FILE.anchor.json must be beside it.", Required = true };
        var command = new Command("restore", "Restore a backup into the configured database, which must be new and empty; then check its integrity and audit trail.") { from };
        command.SetAction(async (result, cancellationToken) =>
        {
            var database = CliDatabase.Options(result);
            var watch = Stopwatch.StartNew();
            RestoreOutcome restored;
            try
            {
                restored = await new DatabaseRestore(database).RestoreAsync(result.GetValue(from)!, cancellationToken);
            }
            catch (Exception e) when (e is BackupRefusedException or DbException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"Nothing was restored: {e.Message}");
                return Refused;
            }

            var anchor = restored.Anchor;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"The backup matches its anchor (SHA-256, {anchor.BackupBytes:N0} bytes, taken {anchor.TakenAt:u})."));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Restored into the {database.Provider} database in {restored.Elapsed.TotalSeconds:F1} s; checking it…"));

            await using var provider = CliDatabase.Services(result);
            await using var scope = CliDatabase.SystemScope(provider);
            var check = await RestoreCheck.CheckAsync(scope.ServiceProvider.GetRequiredService<LanternDbContext>(), anchor, cancellationToken);
            await (check.IntegrityOk ? output : error).WriteLineAsync($"Integrity check: {check.Integrity}.");
            await (check.Audit.IsIntact ? output : error).WriteLineAsync(check.Audit.IsIntact
                ? string.Create(CultureInfo.InvariantCulture, $"The audit trail is intact: {check.Audit.RowsChecked} rows checked.")
                : $"The audit trail is broken at row {check.Audit.FirstBadSequence}: {check.Audit.Problem}");
            await (check.EndsAtAnchor ? output : error).WriteLineAsync(check.EndsAtAnchor
                ? string.Create(CultureInfo.InvariantCulture, $"The restored trail ends at row {check.RestoredHeadSequence} with the anchor's hash.")
                : string.Create(CultureInfo.InvariantCulture, $"The restored trail ends at row {check.RestoredHeadSequence}, the anchor at row {anchor.AuditSequence}. ")
                    + check.Anchor.Describe());
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Restore and checks took {watch.Elapsed.TotalSeconds:F1} s."));
            return check.Passed ? 0 : 1;
        });
        return command;
    }
}
