using System.CommandLine;
using Lantern.Core.Access;
using Lantern.Core.Agencies;
using Lantern.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Lantern.Cli;

/// <summary>Builds the same services the web app uses, scoped as the system, for one command.</summary>
public static class CliDatabase
{
    public static readonly Option<DatabaseProvider?> ProviderOption = new("--provider")
    {
        Description = "Sqlite or Postgres.",
        Recursive = true,
    };

    public static readonly Option<string?> ConnectionOption = new("--connection")
    {
        Description = "A SQLite path or connection string, or a PostgreSQL connection string.",
        Recursive = true,
    };

    public static DatabaseOptions Options(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var provider = result.GetValue(ProviderOption)
            ?? (Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("Database__Provider"), ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite);
        var connection = result.GetValue(ConnectionOption) ?? Environment.GetEnvironmentVariable("Database__ConnectionString");
        return new DatabaseOptions { Provider = provider, ConnectionString = connection };
    }

    public static ServiceProvider Services(ParseResult result)
    {
        var services = new ServiceCollection();
        // Standard output is the command's answer, which scripts read; what the app logs goes to standard error.
        services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddLanternCore(Options(result));
        services.AddIdentityCore<LanternUser>(AccountPolicy.Apply)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<LanternDbContext>();
        return services.BuildServiceProvider();
    }

    public static AsyncServiceScope SystemScope(ServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().SetSystem();
        return scope;
    }
}
