using Lantern.Cli;
using Lantern.Core.Data;
using Lantern.Core.Intakes;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Core.Tests.Dashboards;

/// <summary><c>lantern figures rebuild</c> mends kept dashboard figures that no longer match the records.</summary>
public sealed class FiguresCommandTests : IAsyncLifetime
{
    private readonly CoreHost host = new();

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private async Task<(long KeptIntakes, long Intakes, int KeptCases, int Cases)> CountsAsync()
    {
        await using var scope = host.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        return (await db.DashboardTeamDays.SumAsync(d => (long)d.IntakesCompleted),
            await db.Intakes.LongCountAsync(i => !i.IsDeleted && i.Status == IntakeStatus.Completed),
            await db.DashboardCases.CountAsync(), await db.Cases.CountAsync(c => !c.IsDeleted));
    }

    [Fact]
    public async Task Rebuild_AfterTalliesDrifted_PutsThemBackToWhatTheRecordsSay()
    {
        await using (var scope = host.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            await db.Database.ExecuteSqlRawAsync("UPDATE \"DashboardTeamDays\" SET \"IntakesCompleted\" = \"IntakesCompleted\" + 100");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"DashboardCases\" WHERE \"IsOpen\"");
        }

        var drifted = await CountsAsync();
        Assert.NotEqual(drifted.Intakes, drifted.KeptIntakes);
        Assert.NotEqual(drifted.Cases, drifted.KeptCases);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await LanternCommand.Build(output, error, TextReader.Null)
            .Parse(["figures", "rebuild", "--provider", host.Options.Provider.ToString(), "--connection", host.Options.ConnectionString!]).InvokeAsync();

        Assert.Equal(0, exit);
        Assert.Contains("worked out afresh", output.ToString(), StringComparison.Ordinal);
        var mended = await CountsAsync();
        Assert.True(mended.Intakes > 0 && mended.Cases > 0);
        Assert.Equal((mended.Intakes, mended.Cases), (mended.KeptIntakes, mended.KeptCases));
    }
}
