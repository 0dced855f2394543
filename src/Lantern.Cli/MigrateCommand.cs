using System.CommandLine;
using Lantern.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

public static class MigrateCommand
{
    public static Command Build(TextWriter output)
    {
        var command = new Command("migrate", "Create or update the database schema.");
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var provider = CliDatabase.Services(result);
            await using var scope = CliDatabase.SystemScope(provider);
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<LanternDbContext>(), cancellationToken);
            await output.WriteLineAsync("The database is up to date.");
            return 0;
        });
        return command;
    }
}
