using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Core.Tests.Audit;

/// <summary>
/// Each test gets its own database, because each breaks the chain in its own way: an attacker with database
/// access first drops the append-only triggers, then edits, deletes, inserts or reorders rows.
/// </summary>
public sealed class AuditChainTests : IAsyncLifetime
{
    private readonly CoreHost host = new();

    public async ValueTask InitializeAsync()
    {
        await host.InitializeAsync();
        await using var scope = await host.ScopeAsAsync("worker");
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        for (var i = 0; i < 9; i++)
        {
            await trail.SaveAsync(TestContext.Current.CancellationToken, new AuditEntry(AuditAction.CaseViewed, CaseId: Guid.NewGuid()));
        }
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = host.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
    }

    private async Task TamperAsync(params string[] statements)
    {
        await using var scope = host.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var drop = db.IsPostgres
            ? new[] { "DROP TRIGGER audit_events_no_update ON audit_events" }
            : ["DROP TRIGGER audit_events_no_update", "DROP TRIGGER audit_events_no_delete"];
        foreach (var sql in drop.Concat(statements))
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    [Fact]
    public async Task Verify_UntouchedTrail_IsIntactWithGaplessSequence()
    {
        var result = await VerifyAsync();

        Assert.True(result.IsIntact, result.Problem);
        await using var scope = host.SystemScope();
        var sequences = await scope.ServiceProvider.GetRequiredService<LanternDbContext>().AuditEvents.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.Equal(result.RowsChecked, sequences.Count);
    }

    [Fact]
    public async Task Verify_AfterManyConcurrentReadsAndWrites_IsIntactGaplessAndComplete()
    {
        long before;
        await using (var scope = host.SystemScope())
        {
            before = await scope.ServiceProvider.GetRequiredService<LanternDbContext>().AuditEvents.CountAsync();
        }

        // Reads share group commits; a change commits its own event. Both go through the one chain head.
        // 24 in flight at once: each waiter on the chain head holds a connection, and the PostgreSQL server is
        // shared with test classes running in parallel (120 at once ran it out of connections in CI).
        using var inFlight = new SemaphoreSlim(24);
        var work = Enumerable.Range(0, 120).Select(async i =>
        {
            await inFlight.WaitAsync(TestContext.Current.CancellationToken);
            try
            {
                await using var scope = await host.ScopeAsAsync(i % 2 == 0 ? "worker" : "manager");
                var services = scope.ServiceProvider;
                if (i % 10 == 0)
                {
                    await services.GetRequiredService<Lantern.Core.Cases.CaseService>().CreateAsync(new Lantern.Core.Cases.NewCaseInput { PresentingConcerns = $"Concern {i}" });
                }
                else
                {
                    await services.GetRequiredService<AuditTrail>().SaveAsync(CancellationToken.None, new AuditEntry(AuditAction.CaseViewed, CaseId: Guid.NewGuid()));
                }
            }
            finally
            {
                inFlight.Release();
            }
        });
        await Task.WhenAll(work);

        var result = await VerifyAsync();
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(before + 120, result.RowsChecked);
    }

    [Fact]
    public async Task Verify_RowEdited_ReportsThatRow()
    {
        await TamperAsync("UPDATE audit_events SET \"Detail\" = 'nothing to see' WHERE \"Sequence\" = 4");

        var result = await VerifyAsync();

        Assert.Equal(4, result.FirstBadSequence);
        Assert.Contains("edited", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowDeleted_ReportsTheMissingRow()
    {
        await TamperAsync("DELETE FROM audit_events WHERE \"Sequence\" = 5");

        var result = await VerifyAsync();

        Assert.Equal(5, result.FirstBadSequence);
    }

    [Fact]
    public async Task Verify_LastRowsDeleted_ReportsTheTruncation()
    {
        await TamperAsync("DELETE FROM audit_events WHERE \"Sequence\" >= 8");

        var result = await VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(8, result.FirstBadSequence);
    }

    [Fact]
    public async Task Verify_RowsReordered_ReportsTheFirstMovedRow()
    {
        // Swap the content of rows 3 and 6 while keeping their sequence numbers and hashes.
        await TamperAsync(
            "UPDATE audit_events SET \"Sequence\" = -3 WHERE \"Sequence\" = 3",
            "UPDATE audit_events SET \"Sequence\" = 3 WHERE \"Sequence\" = 6",
            "UPDATE audit_events SET \"Sequence\" = 6 WHERE \"Sequence\" = -3");

        var result = await VerifyAsync();

        Assert.Equal(3, result.FirstBadSequence);
    }

    [Fact]
    public async Task Verify_RowInserted_ReportsTheInsertedRow()
    {
        // Make room after row 2 and insert a forged row that copies row 2's hash as its "previous".
        await TamperAsync(
            "UPDATE audit_events SET \"Sequence\" = \"Sequence\" + 1000 WHERE \"Sequence\" > 2",
            "UPDATE audit_events SET \"Sequence\" = \"Sequence\" - 999 WHERE \"Sequence\" > 1000",
            "INSERT INTO audit_events (\"Sequence\", \"OccurredAt\", \"Action\", \"Outcome\", \"PreviousHash\", \"Hash\") " +
            "SELECT 3, \"OccurredAt\", 'CaseViewed', 'Succeeded', \"Hash\", 'forged' FROM audit_events WHERE \"Sequence\" = 2");

        var result = await VerifyAsync();

        Assert.Equal(3, result.FirstBadSequence);
    }

    [Fact]
    public async Task AuditEvents_UpdateWithTriggersInPlace_IsRefusedByTheDatabase()
    {
        await using var scope = host.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();

        var update = () => db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET \"Detail\" = 'x' WHERE \"Sequence\" = 1");
        var delete = () => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_events WHERE \"Sequence\" = 1");

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(update);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(delete);
    }
}
