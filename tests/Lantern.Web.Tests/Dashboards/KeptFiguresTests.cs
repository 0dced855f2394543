using System.Globalization;
using System.Net;
using Lantern.Core.Cases;
using Lantern.Core.Dashboards;
using Lantern.Core.Data;
using Lantern.Core.Intakes;
using Lantern.Practice.Screening;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Dashboards;

/// <summary>
/// The dashboard reads figures kept as cases change. After a run of ordinary changes through the API and pages (a new
/// case, its screened intake, him added, a goal for him, the case opened and moved to another team, a note of a visit
/// with him), the kept figures must be exactly what working every case out afresh gives, and show those changes.
/// </summary>
public sealed class KeptFiguresTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static async Task<List<string>> KeptAsync(LanternDbContext db)
    {
        var rows = new List<string>();
        static string Day(DayFigures d) => string.Create(CultureInfo.InvariantCulture,
            $"{d.Day:yyyy-MM-dd} {d.Notes} {d.Words} {d.VictimBlaming} {d.Mutualizing} {d.PerpetratorInvisible} {d.Minimizing} {d.DoubleStandard} {d.IntakesCompleted} {d.DomesticAbuseIndicated} {d.NoIndicatorsFound} {d.UnableToScreen}");
        rows.AddRange((await db.DashboardTeamDays.AsNoTracking().ToListAsync()).Where(d => !d.IsZero).Select(d => $"team {d.AgencyId} {d.TeamId} {Day(d)}"));
        rows.AddRange((await db.DashboardCaseDays.AsNoTracking().ToListAsync()).Select(d =>
            $"case-day {d.CaseId} {d.AgencyId} {d.TeamId} {d.PerpetratorContact} {d.OpenedOn:yyyy-MM-dd} {d.ClosedOn:yyyy-MM-dd} {Day(d)}"));
        rows.AddRange((await db.DashboardCases.AsNoTracking().ToListAsync()).Select(c =>
            $"case {c.CaseId} {c.AgencyId} {c.TeamId} {c.IsOpen} {c.OpenedOn:yyyy-MM-dd} {c.ClosedOn:yyyy-MM-dd} {c.HasPerpetrator} {c.HasPerpetratorGoal}"));
        rows.AddRange((await db.DashboardTeamGaps.AsNoTracking().ToListAsync()).Where(g => g.Cases != 0).Select(g => $"team-gap {g.AgencyId} {g.TeamId} {g.RuleId} {g.ComponentKey} {g.Cases}"));
        rows.AddRange((await db.CaseMapGaps.AsNoTracking().ToListAsync()).Select(g => $"gap {g.CaseId} {g.RuleId} {g.Component} {g.AgencyId} {g.TeamId} {g.CaseOpen}"));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    [Fact]
    public async Task FiguresKeptThroughOrdinaryChanges_AreWhatWorkingThemOutAfreshGives()
    {
        var worker = await factory.ApiAsync("worker");
        var created = await worker.NewCaseAsync();
        var intakeBody = ApiSupport.IntakeBody(receivedOn: ApiSupport.Today);
        intakeBody["screeningOutcome"] = ScreeningOutcome.DomesticAbuseIndicated;
        intakeBody["controllingBehaviour"] = ScreeningAnswer.Yes;
        var intake = await (await worker.PostJsonAsync($"/api/v1/cases/{created.Id}/intakes", intakeBody)).ReadAsync<IntakeDetail>(HttpStatusCode.Created);
        await (await worker.PostJsonAsync($"/api/v1/intakes/{intake.Id}/complete", new { version = intake.Version })).ReadAsync<IntakeDetail>();
        var him = await worker.NewPersonAsync(created.Id, ParticipantRole.Perpetrator, "Dale", "Kember");
        (await worker.PostJsonAsync($"/api/v1/cases/{created.Id}/plan/goals", new Dictionary<string, object?>
        {
            ["personId"] = him.Id,
            ["change"] = "Stop",
            ["behaviour"] = "Dale will stop reading her messages.",
            ["purpose"] = "She is watched and cannot reach her sister.",
            ["successIndicator"] = "She tells the worker, seen alone, that her phone is her own for three months.",
            ["measure"] = "Seen alone every two weeks.",
            ["verifiedBy"] = "The allocated worker",
            ["reviewOn"] = ApiSupport.Today.AddMonths(1),
        })).EnsureSuccessStatusCode();

        var manager = await factory.ApiAsync("manager");
        var otherTeam = await factory.WithSystemDbAsync(db => db.Teams.Where(t => t.AgencyId == created.OwningAgencyId && t.Id != created.TeamId)
            .OrderBy(t => t.Name).Select(t => t.Id).FirstAsync());
        var before = await (await worker.GetAsync($"/api/v1/cases/{created.Id}")).ReadAsync<CaseDetail>();
        var opened = await (await manager.PutJsonAsync($"/api/v1/cases/{created.Id}", new
        {
            status = CaseStatus.Open,
            presentingConcerns = before.PresentingConcerns,
            teamId = before.TeamId,
            allocatedWorkerId = before.AllocatedWorkerId,
            version = before.Version,
        })).ReadAsync<CaseDetail>();
        (await manager.PutJsonAsync($"/api/v1/cases/{created.Id}", new
        {
            status = CaseStatus.Open,
            presentingConcerns = opened.PresentingConcerns,
            teamId = otherTeam,
            allocatedWorkerId = (Guid?)null,
            version = opened.Version,
        })).EnsureSuccessStatusCode();

        var calder = await factory.CaseOfAsync("Calder");
        var page = await factory.SignedInAsync("worker");
        var note = await page.PostFormAsync($"/Cases/{calder}/Notes/New", new Dictionary<string, string>
        {
            ["Input.Kind"] = "HomeVisit",
            ["Input.WithWhom"] = "Gavin Calder",
            ["Input.OccurredOn.Day"] = ApiSupport.Today.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.OccurredOn.Month"] = ApiSupport.Today.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.OccurredOn.Year"] = ApiSupport.Today.Year.ToString(CultureInfo.InvariantCulture),
            ["Input.Text"] = "Seen at home. Gavin said she makes him angry.",
        });
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);

        var kept = await factory.WithSystemDbAsync(KeptAsync);
        await factory.WithSystemDbAsync(db => CaseFiguresOnRecord.RebuildAsync(db, progress: null, CancellationToken.None));
        var afresh = await factory.WithSystemDbAsync(KeptAsync);

        Assert.Equal(afresh, kept);
        var row = await factory.WithSystemDbAsync(db => db.DashboardCases.SingleAsync(c => c.CaseId == created.Id));
        Assert.Equal((otherTeam, true, true, true), (row.TeamId!.Value, row.IsOpen, row.HasPerpetrator, row.HasPerpetratorGoal));
        var screened = await factory.WithSystemDbAsync(db => db.DashboardTeamDays.SingleAsync(d => d.TeamId == otherTeam && d.Day == ApiSupport.Today));
        Assert.True(screened.DomesticAbuseIndicated >= 1 && screened.IntakesCompleted >= 1);
        Assert.Contains(kept, r => r.StartsWith($"case-day {calder} ", StringComparison.Ordinal) && r.Contains(" True ", StringComparison.Ordinal)
            && r.Contains($" {ApiSupport.Today:yyyy-MM-dd} ", StringComparison.Ordinal));
        Assert.All(kept.Where(r => r.StartsWith($"gap {created.Id} ", StringComparison.Ordinal)), r => Assert.EndsWith($" {otherTeam} True", r, StringComparison.Ordinal));
        Assert.Contains(kept, r => r.StartsWith($"team-gap {created.OwningAgencyId} {otherTeam} ", StringComparison.Ordinal));
    }
}
