using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Core.Tests.Cases;

/// <summary>
/// A practitioner's case list is read in two parts (her team's cases, and hers outside the team); page after page it must
/// still be exactly her scope, newest first, each case once.
/// </summary>
public sealed class CaseListTests(CoreHost host) : IClassFixture<CoreHost>
{
    [Fact]
    public async Task PractitionersList_PageByPage_IsHerTeamsCasesAndHersElsewhere_NewestFirst()
    {
        Guid workerId;
        Guid? team;
        List<(string Reference, DateOnly OpenedOn, Guid? Team, Guid? Worker)> all;
        await using (var system = host.SystemScope())
        {
            var db = system.ServiceProvider.GetRequiredService<LanternDbContext>();
            var worker = await db.Users.SingleAsync(u => u.UserName == "worker");
            (workerId, team) = (worker.Id, worker.TeamId);

            // Two cases of another team are allocated to her, one of them opened before and one after her team's newest,
            // so that the two parts interleave on the first page.
            var elsewhere = await db.Cases.Where(c => c.TeamId != team && c.TeamId != null).OrderBy(c => c.Reference).Take(2).ToListAsync();
            Assert.Equal(2, elsewhere.Count);
            var newestInTeam = await db.Cases.Where(c => c.TeamId == team).MaxAsync(c => c.OpenedOn);
            elsewhere[0].AllocatedWorkerId = workerId;
            elsewhere[0].OpenedOn = newestInTeam.AddDays(1);
            elsewhere[1].AllocatedWorkerId = workerId;
            elsewhere[1].OpenedOn = newestInTeam.AddDays(-1);
            await db.SaveChangesAsync();
            all = [.. (await db.Cases.Select(c => new { c.Reference, c.OpenedOn, c.TeamId, c.AllocatedWorkerId }).ToListAsync())
                .Select(c => (c.Reference, c.OpenedOn, c.TeamId, c.AllocatedWorkerId))];
        }

        var expected = all.Where(c => c.Team == team || c.Worker == workerId)
            .OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Reference, StringComparer.Ordinal)
            .Select(c => c.Reference).ToList();
        Assert.Contains(all, c => c.Team != team && c.Worker == workerId);

        var listed = new List<string>();
        await using (var scope = await host.ScopeAsAsync("worker"))
        {
            var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
            for (var page = 1; ; page++)
            {
                var result = await cases.ListAsync(new CaseListQuery(Page: page, PageSize: 2));
                Assert.Equal(expected.Count, result.TotalCount);
                if (result.Items.Count == 0)
                {
                    break;
                }

                listed.AddRange(result.Items.Select(i => i.Reference));
            }
        }

        Assert.Equal(expected, listed);
    }

    [Fact]
    public async Task KeptSearchNames_MatchEveryCasesParticipants()
    {
        await using var system = host.SystemScope();
        var db = system.ServiceProvider.GetRequiredService<LanternDbContext>();
        var expected = (await db.Participants.Where(p => !p.IsDeleted && !p.Person!.IsDeleted)
                .Select(p => new { p.CaseId, p.Person!.SearchName }).ToListAsync())
            .GroupBy(p => p.CaseId)
            .ToDictionary(g => g.Key, g => string.Join(CaseSearchNamesOnRecord.Separator, g.Select(p => p.SearchName).Order(StringComparer.Ordinal)));
        var kept = await db.CaseSearchNames.Where(n => n.Names != "").ToDictionaryAsync(n => n.CaseId, n => n.Names);
        var teams = await db.Cases.IgnoreQueryFilters().ToDictionaryAsync(c => c.Id, c => c.TeamId);
        var keptTeams = await db.CaseSearchNames.ToDictionaryAsync(n => n.CaseId, n => n.TeamId);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(e => e.Key), kept.OrderBy(e => e.Key));
        Assert.Equal(teams.OrderBy(e => e.Key), keptTeams.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task NameSearch_FindsACaseMovedIntoHerTeamByItsPeoplesNames()
    {
        string reference;
        string familyName;
        await using (var system = host.SystemScope())
        {
            var db = system.ServiceProvider.GetRequiredService<LanternDbContext>();
            var team = (await db.Users.SingleAsync(u => u.UserName == "worker")).TeamId;
            var participant = await db.Participants.Include(p => p.Person).Include(p => p.Case)
                .Where(p => p.Case!.TeamId != team && p.Case.TeamId != null && !p.Case.IsRestricted
                    && p.Case.OwningAgencyId == db.Users.Single(u => u.UserName == "worker").AgencyId)
                .OrderBy(p => p.Id).FirstAsync();
            reference = participant.Case!.Reference;
            familyName = participant.Person!.FamilyName;
            participant.Case.TeamId = team;
            await db.SaveChangesAsync();
        }

        await using var scope = await host.ScopeAsAsync("worker");
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        var found = await cases.ListAsync(new CaseListQuery(Search: familyName, PageSize: 100));
        Assert.Contains(reference, found.Items.Select(i => i.Reference));
        Assert.Equal(found.Items.Count, found.TotalCount);
    }

    [Fact]
    public async Task Search_ByAReferenceInHerTeam_FindsThatCaseAlone()
    {
        string reference;
        await using (var system = host.SystemScope())
        {
            var db = system.ServiceProvider.GetRequiredService<LanternDbContext>();
            var team = (await db.Users.SingleAsync(u => u.UserName == "worker")).TeamId;
            reference = await db.Cases.Where(c => c.TeamId == team && !c.IsDeleted).OrderBy(c => c.Reference).Select(c => c.Reference).FirstAsync();
        }

        await using var scope = await host.ScopeAsAsync("worker");
        var found = await scope.ServiceProvider.GetRequiredService<CaseService>().ListAsync(new CaseListQuery(Search: reference.ToLowerInvariant()));

        Assert.Equal([reference], found.Items.Select(i => i.Reference));
        Assert.Equal(1, found.TotalCount);
    }

    [Fact]
    public async Task NameSearch_FindsAPersonByHerNewName_AndNoLongerByHerOldOne()
    {
        string reference;
        string oldName;
        await using (var system = host.SystemScope())
        {
            var db = system.ServiceProvider.GetRequiredService<LanternDbContext>();
            var team = (await db.Users.SingleAsync(u => u.UserName == "worker")).TeamId;
            var participant = await db.Participants.Include(p => p.Person).Include(p => p.Case)
                .Where(p => p.Case!.TeamId == team && !p.Case.IsRestricted).OrderBy(p => p.Id).FirstAsync();
            reference = participant.Case!.Reference;
            oldName = $"{participant.Person!.GivenName} {participant.Person.FamilyName}";
            participant.Person.FamilyName = "Quennell-Ashworth";
            participant.Person.RefreshSearchName();
            await db.SaveChangesAsync();
        }

        await using var scope = await host.ScopeAsAsync("worker");
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        var found = await cases.ListAsync(new CaseListQuery(Search: "quennell-ash"));
        Assert.Equal([reference], found.Items.Select(i => i.Reference));
        Assert.Equal(1, found.TotalCount);
        var byOldName = await cases.ListAsync(new CaseListQuery(Search: oldName, PageSize: 100));
        Assert.DoesNotContain(reference, byOldName.Items.Select(i => i.Reference));
    }
}
