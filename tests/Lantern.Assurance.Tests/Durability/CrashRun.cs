using System.Diagnostics;
using System.Security.Cryptography;
using Lantern.Core.Access;
using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Assurance.Tests.Durability;

/// <summary>The figures of one crash run.</summary>
internal sealed record CrashFigures(
    string Database,
    int Kills,
    int KillsWithWritesInFlight,
    int CyclesWithAcknowledgedWrites,
    int Acknowledged,
    int Found,
    IReadOnlyCollection<string> Lost,
    IReadOnlyCollection<string> Partial,
    IReadOnlyCollection<string> ChainProblems,
    long AuditRows,
    IReadOnlyCollection<string> IntegrityProblems,
    int Refused,
    TimeSpan Took)
{
    public override string ToString() =>
        $"{Database}: {Kills} kills ({KillsWithWritesInFlight} with writes in flight, {CyclesWithAcknowledgedWrites} cycles with writes acknowledged); " +
        $"{Acknowledged} writes acknowledged, {Found} found, {Lost.Count} lost; {Partial.Count} partial operations; " +
        $"audit chain {(ChainProblems.Count == 0 ? "verified" : "BROKEN")} ({AuditRows} rows); integrity {(IntegrityProblems.Count == 0 ? "ok" : "FAILED")}; " +
        $"{Refused} writes refused with an error status; {Took.TotalSeconds:0} s";
}

/// <summary>
/// Starts the server, then over and over: writers send writes, the server is killed (SIGKILL) at a random moment while
/// they are writing, together with the database when it is a server of its own, both are started again, and the
/// database is checked against every write acknowledged so far.
/// </summary>
internal static class CrashRun
{
    public static async Task<CrashFigures> RunAsync(CrashDatabase database, int port, int kills, int writers, TimeSpan longestWriting)
    {
        var stopwatch = Stopwatch.StartNew();
        var marker = "Crash" + Guid.NewGuid().ToString("N")[..10];
        var ledger = new WriteLedger();
        var lost = new SortedSet<string>(StringComparer.Ordinal);
        var partial = new SortedSet<string>(StringComparer.Ordinal);
        var chain = new List<string>();
        var integrity = new List<string>();
        long auditRows = 0;
        int found = 0, killsWithWritesInFlight = 0, cyclesWithAcknowledgedWrites = 0;

        await using var checker = CheckerServices(database.CheckOptions);
        await using var server = new ServerProcess(database.ServerEnvironment, port, database.Folder);
        await server.StartAsync();
        var writing = new CaseWriters(server.BaseAddress, marker, ledger);
        for (var cycle = 1; cycle <= kills; cycle++)
        {
            var acknowledgedBefore = ledger.Acknowledged.Count;
            var writes = await writing.StartAsync(cycle, writers);
            // The kill is armed once the first write of the cycle is through, so that a slow start cannot make every kill
            // land before anything was written.
            await FirstAcknowledgementAsync(ledger, acknowledgedBefore, writes);
            await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(0, (int)longestWriting.TotalMilliseconds)));

            var inFlight = ledger.InFlight;
            var databaseStopping = database.CrashAsync();
            await server.KillAsync();
            await databaseStopping;
            await writes;
            killsWithWritesInFlight += inFlight > 0 ? 1 : 0;
            cyclesWithAcknowledgedWrites += ledger.Acknowledged.Count > acknowledgedBefore ? 1 : 0;

            await database.RestartAsync();
            await server.StartAsync();

            await using var scope = checker.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<AccessScope>().SetSystem();
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            var findings = await RecordsAfterCrash.CheckAsync(db, marker, [.. ledger.Acknowledged]);
            found = findings.Found;
            lost.UnionWith(findings.Lost);
            partial.UnionWith(findings.Partial);
            var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
            auditRows = verification.RowsChecked;
            if (!verification.IsIntact)
            {
                chain.Add($"after kill {cycle}: {verification.Problem}");
            }

            var sound = await database.IntegrityAsync(db);
            if (sound != "ok")
            {
                integrity.Add($"after kill {cycle}: {sound}");
            }
        }

        return new CrashFigures(database.Name, kills, killsWithWritesInFlight, cyclesWithAcknowledgedWrites, ledger.Acknowledged.Count, found,
            lost, partial, chain, auditRows, integrity, ledger.Refused, stopwatch.Elapsed);
    }

    private static async Task FirstAcknowledgementAsync(WriteLedger ledger, int acknowledgedBefore, Task writes)
    {
        var waited = Stopwatch.StartNew();
        while (ledger.Acknowledged.Count == acknowledgedBefore && !writes.IsCompleted && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }
    }

    /// <summary>The app's own Core services on the database, for reading it as the system and verifying the audit chain.</summary>
    private static ServiceProvider CheckerServices(DatabaseOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLanternCore(options);
        services.AddIdentityCore<LanternUser>(AccountPolicy.Apply)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<LanternDbContext>();
        return services.BuildServiceProvider();
    }
}
