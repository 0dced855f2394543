using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.People;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Core.Tests.Access;

/// <summary>The one query filter that scopes every case query, checked role by role on the demonstration data.</summary>
public sealed class CaseScopeTests(CoreHost host) : IClassFixture<CoreHost>
{
    private async Task<HashSet<string>> VisibleReferencesAsync(string userName)
    {
        await using var scope = await host.ScopeAsAsync(userName);
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        return [.. await db.Cases.Select(c => c.Reference).ToListAsync()];
    }

    private async Task<Dictionary<string, (Guid? Team, Guid? Worker)>> AllCasesAsync()
    {
        await using var scope = host.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        return await db.Cases.ToDictionaryAsync(c => c.Reference, c => (c.TeamId, c.AllocatedWorkerId));
    }

    private async Task<(Guid Id, Guid? Team)> UserAsync(string userName)
    {
        await using var scope = host.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        return (user.Id, user.TeamId);
    }

    [Fact]
    public async Task Practitioner_SeesExactlyHerTeamsAndHerAllocatedCases()
    {
        var all = await AllCasesAsync();
        var (id, team) = await UserAsync("worker");
        var expected = all.Where(c => c.Value.Team == team || c.Value.Worker == id).Select(c => c.Key).ToHashSet();

        var visible = await VisibleReferencesAsync("worker");

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count, "The demo data should hold cases of another team.");
        Assert.Equal(expected, visible);
    }

    /// <summary>The scope's kind is inlined into the SQL and cached per kind: one kind's plan must never serve another.</summary>
    [Fact]
    public async Task SameQuery_RunAsEachRoleInTurn_GivesEachRoleItsOwnCases()
    {
        var all = await AllCasesAsync();
        var (id, team) = await UserAsync("worker");
        var workers = all.Where(c => c.Value.Team == team || c.Value.Worker == id).Select(c => c.Key).ToHashSet();

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(all.Keys.ToHashSet(), await VisibleReferencesAsync("manager"));
            Assert.Equal(workers, await VisibleReferencesAsync("worker"));
            Assert.Empty(await VisibleReferencesAsync("admin"));
            Assert.Empty(await VisibleReferencesAsync("advocate"));
        }
    }

    [Fact]
    public async Task Manager_SeesEveryCaseOfHerAgency()
    {
        var all = await AllCasesAsync();

        Assert.Equal(all.Keys.ToHashSet(), await VisibleReferencesAsync("manager"));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("advocate")]
    [InlineData("officer")]
    [InlineData("teacher")]
    public async Task AdministratorOrOtherAgency_SeesNoCaseNoPersonNoIntake(string userName)
    {
        await using var scope = await host.ScopeAsAsync(userName);
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();

        Assert.Equal(0, await db.Cases.CountAsync());
        Assert.Equal(0, await db.People.CountAsync());
        Assert.Equal(0, await db.Participants.CountAsync());
        Assert.Equal(0, await db.Intakes.CountAsync());
        Assert.Equal(0, await db.Relationships.CountAsync());
    }

    [Fact]
    public async Task Colleague_InAnotherTeam_CannotReadTheCalderCase_AndTheAttemptIsAudited()
    {
        Guid calder;
        await using (var system = host.SystemScope())
        {
            calder = await system.ServiceProvider.GetRequiredService<LanternDbContext>().Participants
                .Where(p => p.Person!.FamilyName == "Calder" && p.Role == ParticipantRole.Perpetrator).Select(p => p.CaseId).SingleAsync();
        }

        await using (var scope = await host.ScopeAsAsync("colleague"))
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<CaseService>().GetAsync(calder));
        }

        await using var check = host.SystemScope();
        var denied = await check.ServiceProvider.GetRequiredService<LanternDbContext>().AuditEvents
            .Where(e => e.CaseId == calder && e.Action == AuditAction.AccessDenied).ToListAsync();
        Assert.Single(denied);
        Assert.Equal(AuditOutcome.Denied, denied[0].Outcome);
        Assert.Equal("Practitioner", denied[0].Role);
    }

    [Fact]
    public async Task PersonPage_PerpetratorInTwoFamilies_ListsBothCasesAndBothPartners()
    {
        await using var scope = await host.ScopeAsAsync("worker");
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var darren = await db.People.Where(p => p.GivenName == "Darren" && p.FamilyName == "Whitlock").Select(p => p.Id).SingleAsync();

        var detail = await scope.ServiceProvider.GetRequiredService<PersonService>().GetAsync(darren, revealConfidentialAddress: false);

        Assert.NotNull(detail);
        Assert.Equal(2, detail.Cases.Count);
        Assert.All(detail.Cases, c => Assert.Equal(ParticipantRole.Perpetrator, c.Role));
        var partners = detail.Cases.SelectMany(c => c.OtherAdults).Where(a => a.Role == ParticipantRole.Survivor).Select(a => a.Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "Jade Moss", "Kayleigh Burns" }, partners);
    }
}
