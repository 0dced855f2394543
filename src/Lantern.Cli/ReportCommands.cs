using System.CommandLine;
using Lantern.Core.Cases;
using Lantern.Core.Data;
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
        return report;
    }
}
