using System.CommandLine;
using System.Globalization;
using Lantern.Core.Audit;
using Lantern.Core.Backup;
using Lantern.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

public static class AuditCommands
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var audit = new Command("audit", "Read and check the tamper-evident audit trail.");

        var anchorFile = new Option<string?>("--anchor")
        {
            Description = "A backup's anchor (FILE.anchor.json): also check that the trail still holds its row with its hash, so history rewritten before that backup is found.",
        };
        var verify = new Command("verify", "Check every row of the audit chain; exit code 1 names the first row edited, deleted, inserted or reordered.") { anchorFile };
        verify.SetAction(async (result, cancellationToken) =>
        {
            BackupAnchor? anchor = null;
            if (result.GetValue(anchorFile) is { } anchorPath)
            {
                try
                {
                    anchor = await BackupAnchor.ReadAsync(anchorPath, cancellationToken);
                }
                catch (BackupRefusedException e)
                {
                    await error.WriteLineAsync(e.Message);
                    return BackupCommands.Refused;
                }
            }

            await using var provider = CliDatabase.Services(result);
            await using var scope = CliDatabase.SystemScope(provider);
            var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken);
            var intact = verification.IsIntact;
            if (intact)
            {
                await output.WriteLineAsync($"The audit trail is intact: {verification.RowsChecked} rows checked.");
            }
            else
            {
                await error.WriteLineAsync($"The audit trail is broken at row {verification.FirstBadSequence}: {verification.Problem}");
            }

            if (anchor is not null)
            {
                var anchored = await AnchorCheck.CheckAsync(scope.ServiceProvider.GetRequiredService<LanternDbContext>(), anchor, cancellationToken);
                await (anchored.Holds ? output : error).WriteLineAsync(anchored.Describe());
                intact &= anchored.Holds;
            }

            return intact ? 0 : 1;
        });
        audit.Subcommands.Add(verify);

        var take = new Option<int>("--take") { Description = "How many of the newest events to list.", DefaultValueFactory = _ => 50 };
        var caseId = new Option<Guid?>("--case") { Description = "Only events about this case id." };
        var list = new Command("list", "List the newest audit events (identifiers only, tab-separated).") { take, caseId };
        list.SetAction(async (result, cancellationToken) =>
        {
            await using var provider = CliDatabase.Services(result);
            await using var scope = CliDatabase.SystemScope(provider);
            var events = await scope.ServiceProvider.GetRequiredService<AuditLog>()
                .ListAsync(new AuditQuery(CaseId: result.GetValue(caseId), Take: result.GetValue(take)), recordTheViewing: true, cancellationToken);
            await output.WriteLineAsync("sequence\toccurred_at\tuser\trole\taction\tcase\tperson\toutcome\tdetail");
            foreach (var e in events)
            {
                await output.WriteLineAsync(string.Join('\t', e.Sequence.ToString(CultureInfo.InvariantCulture), e.OccurredAt.ToString("O", CultureInfo.InvariantCulture),
                    e.UserName ?? e.UserId?.ToString() ?? "system", e.Role ?? "", e.Action, e.CaseId?.ToString() ?? "", e.PersonId?.ToString() ?? "", e.Outcome, e.Detail ?? ""));
            }

            return 0;
        });
        audit.Subcommands.Add(list);
        return audit;
    }
}
