using Xunit;

namespace Lantern.Assurance.Tests.Durability;

/// <summary>
/// Crash durability: the real server, killed with SIGKILL twenty times while writers are sending writes, keeps every
/// write it acknowledged, and keeps each whole (record, audit row and kept figures together); the audit chain verifies
/// and the database's own integrity check passes after every restart. PostgreSQL is the harness's own cluster with fsync
/// on, stopped with an immediate stop at the same moment. Each cycle costs a server start, so a run's
/// time is mostly start-up time; the figure printed gives the time each database took.
/// </summary>
[Collection(CrashRunsAlone.Name)]
public sealed class CrashDurabilityTests
{
    private const int Writers = 6;

    /// <summary>Twenty, as the issue asks; LANTERN_CRASH_KILLS may lower it for a quick local look.</summary>
    private static readonly int Kills = int.TryParse(Environment.GetEnvironmentVariable("LANTERN_CRASH_KILLS"), out var kills) && kills > 0 ? kills : 20;
    private static readonly TimeSpan LongestWriting = TimeSpan.FromMilliseconds(1000);

    [Fact]
    public async Task Sqlite_KilledWhileWriting_KeepsEveryAcknowledgedWriteWhole()
    {
        await using var database = new SqliteCrashDatabase();
        var figures = await CrashRun.RunAsync(database, CrashRunsAlone.SqliteServerPort, Kills, Writers, LongestWriting);
        AssertDurable(figures);
    }

    [Fact]
    public async Task Postgres_KilledWithTheServerWhileWriting_KeepsEveryAcknowledgedWriteWhole()
    {
        var bin = PostgresCluster.FindBin();
        Assert.SkipWhen(bin is null, "No PostgreSQL here (initdb not found under LANTERN_PG_BIN or /usr/lib/postgresql/*/bin); ./test.sh installs it.");
        await using var database = new PostgresCrashDatabase(await PostgresCluster.CreateAsync(bin!, CrashRunsAlone.PostgresPort));
        var figures = await CrashRun.RunAsync(database, CrashRunsAlone.PostgresServerPort, Kills, Writers, LongestWriting);
        AssertDurable(figures);
    }

    private static void AssertDurable(CrashFigures figures)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(figures.ToString());
        Assert.Equal(Kills, figures.Kills);
        // Most kills must land while writes are waiting for an answer, and most cycles must get writes through, or the
        // run proves nothing.
        Assert.True(figures.KillsWithWritesInFlight >= Kills * 3 / 4, $"Only {figures.KillsWithWritesInFlight} of {Kills} kills came with writes in flight.");
        Assert.True(figures.CyclesWithAcknowledgedWrites >= Kills * 3 / 4, $"Only {figures.CyclesWithAcknowledgedWrites} of {Kills} cycles had writes acknowledged.");
        Assert.True(figures.Lost.Count == 0, $"Acknowledged writes lost: {string.Join("; ", figures.Lost.Take(10))}");
        Assert.Equal(figures.Acknowledged, figures.Found);
        Assert.True(figures.Partial.Count == 0, $"Partial operations: {string.Join("; ", figures.Partial.Take(10))}");
        Assert.True(figures.ChainProblems.Count == 0, $"Audit chain: {string.Join("; ", figures.ChainProblems)}");
        Assert.True(figures.IntegrityProblems.Count == 0, $"Integrity: {string.Join("; ", figures.IntegrityProblems)}");
    }
}
