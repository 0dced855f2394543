using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Access;
using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Lantern.Core.Backup;
using Lantern.Core.Data;
using Lantern.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Assurance.Tests.Backup;

/// <summary>
/// Issue 9's backup and restore: <c>lantern backup</c> taken while workers keep opening cases through the API,
/// <c>lantern restore</c> into a new database, and what an agency would check afterwards — every case acknowledged
/// before the backup is there with its audit row, nothing written after it is, the database's integrity check and the
/// audit chain hold, and the anchor exported with the backup matches the restored chain and the live one (until the
/// live history is rewritten). One class per database, so that the two run side by side.
/// </summary>
public abstract class BackupRestoreTests
{
    private const string KeyPrefix = "Backup check case ";
    private const int Writers = 4;
    private const int AcknowledgedBeforeBackup = 30;
    private const int WrittenAfterBackup = 12;

    protected abstract DatabaseProvider Provider { get; }

    [Fact]
    public Task BackupTakenDuringWrites_RestoresEveryAcknowledgedWriteWithAnIntactTrail() => BackupDuringWritesAndRestoreAsync(Provider);

    private static async Task BackupDuringWritesAndRestoreAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres && AssuranceSuite.PostgresServer is null)
        {
            Assert.Fail("LANTERN_TEST_POSTGRES is not set, so the PostgreSQL backup and restore was not tested: run ./test.sh, which starts a server.");
        }

        await using var live = await ScratchDatabase.CreateAsync(provider);
        await using var factory = new OnDatabase(live.Options);
        await factory.InitializeAsync();
        var folder = Path.Combine(Path.GetTempPath(), "lantern-tests", "backup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var backupPath = Path.Combine(folder, $"lantern-{provider}.backup".ToLowerInvariant());

            // Workers open cases while the backup is taken; each write's send and acknowledgement times are kept.
            var writes = new ConcurrentQueue<Write>();
            using var stop = new CancellationTokenSource();
            var clients = new List<HttpClient>();
            for (var n = 0; n < Writers; n++)
            {
                clients.Add(await factory.ApiAsync("worker"));
            }

            var writers = clients.Select((api, n) => WriteCasesAsync(api, n, writes, stop.Token)).ToList();
            await WaitUntilAsync(() => writes.Count(w => w.Acknowledged) >= AcknowledgedBeforeBackup, "cases acknowledged before the backup");

            var backupStarted = Stopwatch.GetTimestamp();
            var backup = await RunAsync(live, "backup", "--out", backupPath);
            var backupFinished = Stopwatch.GetTimestamp();
            Assert.True(backup.Exit == 0, backup.Error);

            await WaitUntilAsync(() => writes.Count(w => w.SentAt > backupFinished && w.Acknowledged) >= WrittenAfterBackup, "cases written after the backup");
            await stop.CancelAsync();
            await Task.WhenAll(writers);
            foreach (var api in clients)
            {
                api.Dispose();
            }

            Assert.All(writes, w => Assert.Equal(HttpStatusCode.Created, w.Status));
            var anchor = await BackupAnchor.ReadAsync(BackupAnchor.PathFor(backupPath), CancellationToken.None);
            Assert.Equal(provider.ToString(), anchor.Provider);
            Assert.Equal(new FileInfo(backupPath).Length, anchor.BackupBytes);
            Assert.DoesNotContain(KeyPrefix, backup.Output, StringComparison.Ordinal);

            // Restore into a new database, as after losing the server.
            await using var restoredDb = await ScratchDatabase.CreateAsync(provider);
            var restoreWatch = Stopwatch.StartNew();
            var restore = await RunAsync(restoredDb, "restore", "--from", backupPath);
            var restoreSeconds = restoreWatch.Elapsed.TotalSeconds;
            Assert.True(restore.Exit == 0, restore.Output + restore.Error);
            Assert.Contains("Integrity check: ok.", restore.Output, StringComparison.Ordinal);
            Assert.Contains("The audit trail is intact", restore.Output, StringComparison.Ordinal);
            Assert.Contains("with the anchor's hash", restore.Output, StringComparison.Ordinal);

            var restored = await ReadRestoredAsync(restoredDb.Options);
            var acknowledgedBefore = writes.Where(w => w.AcknowledgedAt < backupStarted).ToList();
            var sentAfter = writes.Where(w => w.SentAt > backupFinished).ToList();
            var duringBackup = writes.Except(acknowledgedBefore).Except(sentAfter).ToList();
            Assert.NotEmpty(acknowledgedBefore);
            Assert.NotEmpty(sentAfter);
            Assert.All(acknowledgedBefore, w => Assert.Contains(w.CaseId!.Value, restored.Cases));
            Assert.All(sentAfter, w => Assert.DoesNotContain(w.CaseId!.Value, restored.Cases));

            // Nothing half there: a restored case has the audit row written in its transaction, and an audit row its case.
            var written = writes.Select(w => w.CaseId!.Value).ToHashSet();
            Assert.All(restored.Cases, id => Assert.Contains(id, restored.CasesCreatedInTrail));
            Assert.All(restored.CasesCreatedInTrail.Where(written.Contains), id => Assert.Contains(id, restored.Cases));
            Assert.Equal(anchor.AuditSequence, restored.HeadSequence);
            Assert.Equal(anchor.AuditHash, restored.HeadHash);
            Assert.True(restored.Audit.IsIntact, restored.Audit.Problem);

            // The live trail has moved on since the backup and still holds the anchored row.
            var liveCheck = await RunAsync(live, "audit", "verify", "--anchor", BackupAnchor.PathFor(backupPath));
            Assert.True(liveCheck.Exit == 0, liveCheck.Error);
            Assert.Contains($"holds row {anchor.AuditSequence}", liveCheck.Output, StringComparison.Ordinal);

            await RefusalsAsync(provider, live, backupPath);

            var presentDuring = duringBackup.Count(w => restored.Cases.Contains(w.CaseId!.Value));
            TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider}: {acknowledgedBefore.Count} cases acknowledged before the backup, {acknowledgedBefore.Count} present after restore; "
                + $"{duringBackup.Count} in flight during it ({presentDuring} restored); {sentAfter.Count} sent after it, 0 restored. "
                + $"Backup {anchor.BackupBytes:N0} bytes in {Stopwatch.GetElapsedTime(backupStarted, backupFinished).TotalSeconds:F2} s; "
                + $"restore with checks {restoreSeconds:F2} s; audit rows verified {restored.Audit.RowsChecked}."));

            // A history rewritten before the backup, every later hash worked out again, passes the chain's own check; the anchor finds it.
            await RewriteHistoryAsync(factory, anchor.AuditSequence / 2);
            var chainOnly = await RunAsync(live, "audit", "verify");
            Assert.True(chainOnly.Exit == 0, "the rewrite should be self-consistent: " + chainOnly.Error);
            var anchored = await RunAsync(live, "audit", "verify", "--anchor", BackupAnchor.PathFor(backupPath));
            Assert.Equal(1, anchored.Exit);
            Assert.Contains("was rewritten", anchored.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A changed backup and a database that already holds data are refused, and nothing is changed.</summary>
    private static async Task RefusalsAsync(DatabaseProvider provider, ScratchDatabase live, string backupPath)
    {
        var tampered = backupPath + ".tampered";
        File.Copy(backupPath, tampered);
        File.Copy(BackupAnchor.PathFor(backupPath), BackupAnchor.PathFor(tampered));
        await using (var file = new FileStream(tampered, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = file.Length / 2;
            var b = file.ReadByte();
            file.Position = file.Length / 2;
            file.WriteByte((byte)(b ^ 0x01));
        }

        await using var untouched = await ScratchDatabase.CreateAsync(provider);
        var refused = await RunAsync(untouched, "restore", "--from", tampered);
        Assert.Equal(BackupCommands.Refused, refused.Exit);
        Assert.Contains("does not match its anchor", refused.Error, StringComparison.Ordinal);
        Assert.False(await untouched.HoldsAnythingAsync(), "a refused restore left tables behind");

        var overLive = await RunAsync(live, "restore", "--from", backupPath);
        Assert.Equal(BackupCommands.Refused, overLive.Exit);
        Assert.Contains("already holds data", overLive.Error, StringComparison.Ordinal);
    }

    private static async Task WriteCasesAsync(HttpClient api, int writer, ConcurrentQueue<Write> writes, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var sentAt = Stopwatch.GetTimestamp();
            // Not cancelled mid-request: each write's outcome is part of what is checked.
            using var response = await api.PostAsJsonAsync("/api/v1/cases", new { presentingConcerns = $"{KeyPrefix}{writer}-{i}" }, CancellationToken.None);
            var acknowledgedAt = Stopwatch.GetTimestamp();
            Guid? id = null;
            if (response.StatusCode == HttpStatusCode.Created)
            {
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None));
                id = json.RootElement.GetProperty("id").GetGuid();
            }

            writes.Enqueue(new Write(id, response.StatusCode, sentAt, acknowledgedAt));
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(ScratchDatabase database, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var all = args.Concat(["--provider", database.Provider, "--connection", database.Connection]).ToArray();
        var exit = await LanternCommand.Build(output, error, TextReader.Null).Parse(all).InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<Restored> ReadRestoredAsync(DatabaseOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLanternCore(options);
        services.AddIdentityCore<LanternUser>(AccountPolicy.Apply).AddRoles<IdentityRole<Guid>>().AddEntityFrameworkStores<LanternDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => c.PresentingConcerns.StartsWith(KeyPrefix)).Select(c => c.Id).ToListAsync();
        var created = await db.AuditEvents.Where(e => e.Action == AuditAction.CaseCreated && e.CaseId != null).Select(e => e.CaseId!.Value).ToListAsync();
        var head = await db.AuditChainHead.AsNoTracking().SingleAsync(h => h.Id == 1);
        var audit = await new AuditVerifier(db).VerifyAsync();
        return new Restored(cases.ToHashSet(), created.ToHashSet(), head.LastSequence, head.LastHash, audit);
    }

    /// <summary>Edits one row and works every later hash and the head out again, as someone covering their tracks would.</summary>
    private static Task RewriteHistoryAsync(LanternFactory factory, long fromSequence) => factory.WithSystemDbAsync(async db =>
    {
        await db.Database.ExecuteSqlRawAsync(db.IsPostgres ? "DROP TRIGGER audit_events_no_update ON audit_events" : "DROP TRIGGER audit_events_no_update");
        await using var transaction = await db.Database.BeginTransactionAsync();
        var rows = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence >= fromSequence).OrderBy(e => e.Sequence).ToListAsync();
        var previous = rows[0].PreviousHash;
        rows[0].Detail = "rewritten";
        foreach (var row in rows)
        {
            row.PreviousHash = previous;
            row.Hash = AuditHash.Compute(row);
            previous = row.Hash;
            await db.Database.ExecuteSqlAsync(
                $"UPDATE audit_events SET \"Detail\" = {row.Detail}, \"PreviousHash\" = {row.PreviousHash}, \"Hash\" = {row.Hash} WHERE \"Sequence\" = {row.Sequence}");
        }

        await db.Database.ExecuteSqlAsync($"UPDATE audit_chain_head SET last_hash = {previous} WHERE id = 1");
        await transaction.CommitAsync();
    });

    private sealed record Write(Guid? CaseId, HttpStatusCode Status, long SentAt, long AcknowledgedAt)
    {
        public bool Acknowledged => Status == HttpStatusCode.Created;
    }

    private sealed record Restored(HashSet<Guid> Cases, HashSet<Guid> CasesCreatedInTrail, long HeadSequence, string HeadHash, AuditVerification Audit);

    /// <summary>The real application on a database this suite chose, rather than the one LANTERN_TEST_PROVIDER names.</summary>
    private sealed class OnDatabase(DatabaseOptions options) : LanternFactory
    {
        protected override void AddTestServices(IServiceCollection services) => services.AddSingleton(options);
    }
}
