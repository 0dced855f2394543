using Lantern.Cli;
using Lantern.Core.Data;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Core.Tests.Audit;

/// <summary><c>lantern audit verify</c> and <c>lantern audit list</c> as a person scripting them would run them.</summary>
public sealed class AuditCommandTests : IAsyncLifetime
{
    private readonly CoreHost host = new();

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var all = args.Concat(["--provider", host.Options.Provider.ToString(), "--connection", host.Options.ConnectionString!]).ToArray();
        var exit = await LanternCommand.Build(output, error).Parse(all).InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AuditVerify_IntactTrail_ExitsZeroAndCountsRows()
    {
        var (exit, output, _) = await RunAsync("audit", "verify");

        Assert.Equal(0, exit);
        Assert.Contains("intact", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_EditedRow_ExitsOneNamingTheRow()
    {
        await using (var scope = host.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            await db.Database.ExecuteSqlRawAsync(db.IsPostgres ? "DROP TRIGGER audit_events_no_update ON audit_events" : "DROP TRIGGER audit_events_no_update");
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET \"Outcome\" = 'Denied' WHERE \"Sequence\" = 1");
        }

        var (exit, _, error) = await RunAsync("audit", "verify");

        Assert.Equal(1, exit);
        Assert.Contains("row 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditList_PrintsTheNewestEventsWithoutPersonalData()
    {
        var (exit, output, _) = await RunAsync("audit", "list", "--take", "5");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("sequence\t", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("DemoDataSeeded", StringComparison.Ordinal));
        Assert.DoesNotContain("Calder", output, StringComparison.Ordinal);
    }
}
