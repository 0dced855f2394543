using System.CommandLine;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.DataQuality;
using Lantern.Practice.DataQuality;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

public static class ReportCommands
{
    public static Command Build(TextWriter output)
    {
        var report = new Command("report", "Reports over the whole database (identifiers only).");
        var team = new Option<string?>("--team") { Description = "Count only cases held by this team." };
        var take = new Option<int>("--take") { Description = "How many to list.", DefaultValueFactory = _ => 20 };
        var recurring = new Command("recurring-perpetrators",
            "People recorded as the perpetrator in more than one case — the pattern beyond one relationship. Prints person id and case count.")
        {
            team, take,
        };
        recurring.SetAction(async (result, cancellationToken) =>
        {
            await using var provider = CliDatabase.Services(result);
            await using var scope = CliDatabase.SystemScope(provider);
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            var participants = db.Participants.Where(p => p.Role == ParticipantRole.Perpetrator);
            if (result.GetValue(team) is { } teamName)
            {
                participants = participants.Where(p => p.Case!.Team != null && p.Case.Team.Name == teamName);
            }

            var rows = await participants.GroupBy(p => p.PersonId)
                .Select(g => new { PersonId = g.Key, Cases = g.Count() })
                .Where(g => g.Cases > 1)
                .OrderByDescending(g => g.Cases).ThenBy(g => g.PersonId)
                .Take(Math.Clamp(result.GetValue(take), 1, 1000))
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                await output.WriteLineAsync($"{row.PersonId}\t{row.Cases}");
            }

            return rows.Count > 0 ? 0 : 1;
        });
        report.Subcommands.Add(recurring);
        report.Subcommands.Add(DataQuality(output));
        return report;
    }

    /// <summary>
    /// The data quality report of one agency, identifiers only: a count per rule, then (with --list) one line per record
    /// breaking a rule — rule id, kind of record, record id, case id — to be looked up in the app by someone allowed to.
    /// </summary>
    private static Command DataQuality(TextWriter output)
    {
        var agency = new Option<string>("--agency") { Description = "The agency's name, as in administration.", Required = true };
        var list = new Option<bool>("--list") { Description = "List every record breaking a rule, not only the counts." };
        var command = new Command("data-quality", "Records that break the data quality rules, by rule (identifiers only; exit code 1 when any is found).")
        {
            agency, list,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var provider = CliDatabase.Services(result);
            await using var scope = CliDatabase.SystemScope(provider);
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            var name = result.GetValue(agency);
            var agencyId = await db.Agencies.Where(a => a.Name == name).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
            if (agencyId is not { } id)
            {
                await output.WriteLineAsync($"No agency is called \"{name}\".");
                return 2;
            }

            var records = await DataQualityLoader.LoadAsync(db, id, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), cancellationToken);
            var findings = QualityChecker.Check(records);
            foreach (var rule in QualityRules.All)
            {
                await output.WriteLineAsync($"{rule.Id}\t{findings.Count(f => f.RuleId == rule.Id)}");
            }

            if (result.GetValue(list))
            {
                foreach (var f in findings)
                {
                    await output.WriteLineAsync($"{f.RuleId}\t{f.Kind.ToString().ToLowerInvariant()}\t{f.RecordId}\t{f.CaseId?.ToString() ?? "-"}");
                }
            }

            return findings.Count > 0 ? 1 : 0;
        });
        return command;
    }
}
