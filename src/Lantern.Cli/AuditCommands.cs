using System.CommandLine;
using System.Globalization;
using Lantern.Core.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

public static class AuditCommands
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var audit = new Command("audit", "Read and check the tamper-evident audit trail.");

        var verify = new Command("verify", "Check every row of the audit chain; exit code 1 names the first row edited, deleted, inserted or reordered.");
        verify.SetAction(async (result, cancellationToken) =>
        {
            await using var provider = CliDatabase.Services(result);
            await using var scope = CliDatabase.SystemScope(provider);
            var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken);
            if (verification.IsIntact)
            {
                await output.WriteLineAsync($"The audit trail is intact: {verification.RowsChecked} rows checked.");
                return 0;
            }

            await error.WriteLineAsync($"The audit trail is broken at row {verification.FirstBadSequence}: {verification.Problem}");
            return 1;
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
