using System.CommandLine;
using Lantern.Core.Agencies;
using Lantern.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

public static class SeedCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var demo = new Option<bool>("--demo") { Description = "Load the demonstration agencies, accounts and families into an empty database." };
        var command = new Command("seed", "Load data into the database.") { demo };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!result.GetValue(demo))
            {
                await error.WriteLineAsync("Say what to load: --demo.");
                return 2;
            }

            await using var provider = CliDatabase.Services(result);
            await using var scope = CliDatabase.SystemScope(provider);
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            await DatabaseSetup.MigrateAsync(db, cancellationToken);
            if (await db.Agencies.AnyAsync(cancellationToken))
            {
                await error.WriteLineAsync("The database already has agencies; demonstration data goes only into an empty database.");
                return 1;
            }

            await RoleSetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>());

            await DemoData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>(), TimeProvider.System, "lantern-demo", cancellationToken);
            await output.WriteLineAsync("Demonstration data loaded. Every demo account's password is lantern-demo.");
            return 0;
        });
        return command;
    }
}
