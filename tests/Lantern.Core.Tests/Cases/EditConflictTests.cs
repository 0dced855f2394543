using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Core.Tests.Cases;

public sealed class EditConflictTests(CoreHost host) : IClassFixture<CoreHost>
{
    [Fact]
    public async Task UpdateCase_WithAStaleVersion_IsRefusedAndTheFirstEditSurvives()
    {
        Guid caseId;
        uint version;
        Guid? team;
        Guid? worker;
        await using (var scope = await host.ScopeAsAsync("worker"))
        {
            var created = await scope.ServiceProvider.GetRequiredService<CaseService>().CreateAsync(new NewCaseInput { PresentingConcerns = "Original concern" });
            caseId = created.Id;
            var read = (await scope.ServiceProvider.GetRequiredService<CaseService>().GetAsync(caseId))!;
            (version, team, worker) = (read.Version, read.TeamId, read.AllocatedWorkerId);
        }

        await using (var first = await host.ScopeAsAsync("worker"))
        {
            Assert.True(await first.ServiceProvider.GetRequiredService<CaseService>().UpdateAsync(caseId,
                new CaseUpdateInput { Status = CaseStatus.Open, PresentingConcerns = "First worker's edit", TeamId = team, AllocatedWorkerId = worker, Version = version }));
        }

        await using (var second = await host.ScopeAsAsync("supervisor"))
        {
            await Assert.ThrowsAsync<EditConflictException>(() => second.ServiceProvider.GetRequiredService<CaseService>().UpdateAsync(caseId,
                new CaseUpdateInput { Status = CaseStatus.Open, PresentingConcerns = "Second edit from a stale page", TeamId = team, AllocatedWorkerId = worker, Version = version }));
        }

        await using var check = host.SystemScope();
        var saved = await check.ServiceProvider.GetRequiredService<LanternDbContext>().Cases.SingleAsync(c => c.Id == caseId);
        Assert.Equal("First worker's edit", saved.PresentingConcerns);
        Assert.NotEqual(version, saved.Version);
    }
}
