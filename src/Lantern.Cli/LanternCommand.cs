using System.CommandLine;

namespace Lantern.Cli;

/// <summary><c>lantern</c>: what people script — migrations, the first administrator, demo data, audit checks, backup and restore, and the language check of case notes.</summary>
public static class LanternCommand
{
    public static async Task<int> Main(string[] args)
    {
        var root = Build(Console.Out, Console.Error);
        return await root.Parse(args).InvokeAsync();
    }

    public static RootCommand Build(TextWriter output, TextWriter error) => Build(output, error, Console.In);

    public static RootCommand Build(TextWriter output, TextWriter error, TextReader input)
    {
        var root = new RootCommand("Lantern's command-line tool. The database comes from --provider/--connection, or from Database__Provider and Database__ConnectionString, or ./data/lantern.db.");
        root.Options.Add(CliDatabase.ProviderOption);
        root.Options.Add(CliDatabase.ConnectionOption);
        root.Subcommands.Add(MigrateCommand.Build(output));
        root.Subcommands.Add(FiguresCommand.Build(output));
        root.Subcommands.Add(AuditCommands.Build(output, error));
        root.Subcommands.Add(BackupCommands.BuildBackup(output, error));
        root.Subcommands.Add(BackupCommands.BuildRestore(output, error));
        root.Subcommands.Add(AdminCommands.Build(output, error));
        root.Subcommands.Add(SeedCommand.Build(output, error));
        root.Subcommands.Add(ReportCommands.Build(output));
        root.Subcommands.Add(LanguageCommands.BuildCheck(output, error, input));
        root.Subcommands.Add(LanguageCommands.BuildEval(output, error));
        return root;
    }
}
