using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Lantern.Core.Dashboards;
using Lantern.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

/// <summary><c>lantern figures rebuild</c>: works the practice dashboard's kept figures out afresh from every case's records.</summary>
public static class FiguresCommand
{
    public static Command Build(TextWriter output)
    {
        var rebuild = new Command("rebuild", "Work the dashboard's kept figures out afresh from every case's records (after a bulk import, or to mend them).");
        rebuild.SetAction(async (result, cancellationToken) =>
        {
            await using var provider = CliDatabase.Services(result);
            await using var scope = CliDatabase.SystemScope(provider);
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            var watch = Stopwatch.StartNew();
            var progress = new Progress<int>(done => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done,9:N0} cases  {watch.Elapsed:mm\\:ss}")));
            await CaseFiguresOnRecord.RebuildAsync(db, progress, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"The dashboard's figures were worked out afresh in {watch.Elapsed.TotalSeconds:F1} s."));
            return 0;
        });
        var command = new Command("figures", "The practice dashboard's kept figures.");
        command.Subcommands.Add(rebuild);
        return command;
    }
}
