using System.CommandLine;
using System.Globalization;
using Lantern.Core.Agencies;
using Lantern.Core.Data;
using Lantern.Core.Data.Synthetic;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

public static class SeedCommand
{
    public const string Password = "lantern-demo";

    public static Command Build(TextWriter output, TextWriter error)
    {
        var demo = new Option<bool>("--demo") { Description = "Load the demonstration agencies, accounts and families." };
        var cases = new Option<int?>("--cases") { Description = "Generate this many synthetic cases (families, people, relationships, intakes)." };
        var seed = new Option<int>("--seed") { Description = "Seed for the synthetic generator: the same seed writes the same data.", DefaultValueFactory = _ => 1 };
        var command = new Command("seed", "Load data into an empty database (demonstration data, or a synthetic caseload at scale).") { demo, cases, seed };
        command.SetAction(async (result, cancellationToken) =>
        {
            var caseCount = result.GetValue(cases);
            if (!result.GetValue(demo) && caseCount is null)
            {
                await error.WriteLineAsync("Say what to load: --demo, or --cases N.");
                return 2;
            }

            if (caseCount is <= 0)
            {
                await error.WriteLineAsync("--cases must be a positive number.");
                return 2;
            }

            await using var provider = CliDatabase.Services(result);
            await using var scope = CliDatabase.SystemScope(provider);
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            await DatabaseSetup.MigrateAsync(db, cancellationToken);
            if (await db.Agencies.AnyAsync(cancellationToken))
            {
                await error.WriteLineAsync("The database already has agencies; seeding writes only into an empty database.");
                return 1;
            }

            await RoleSetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>();
            if (result.GetValue(demo))
            {
                await DemoData.SeedAsync(db, users, TimeProvider.System, Password, cancellationToken);
                await output.WriteLineAsync($"Demonstration data loaded. Every demo account's password is {Password}.");
                return 0;
            }

            var generator = new SyntheticCaseload(db, users, TimeProvider.System);
            var done = await generator.SeedAsync(caseCount!.Value, result.GetValue(seed), Password,
                new SynchronousProgress(p => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{p.CasesWritten,9:N0} / {p.CasesWanted:N0} cases  {p.RowsWritten,11:N0} rows  {p.RowsPerSecond,9:N0} rows/s  {p.Elapsed:mm\\:ss}"))),
                cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Loaded {done.CasesWritten:N0} cases ({done.RowsWritten:N0} rows) in {done.Elapsed.TotalSeconds:N1} s: {done.RowsPerSecond:N0} rows/s. Workers worker0101…worker{SyntheticCaseload.TeamCount:D2}{SyntheticCaseload.WorkersPerTeam:D2}, password {Password}."));
            return 0;
        });
        return command;
    }

    /// <summary>Reports on the writing thread, so that lines appear in order while the load runs.</summary>
    private sealed class SynchronousProgress(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }
}
