using System.Net.Http.Json;
using Lantern.Core.Cases;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Assurance.Tests;

/// <summary>One record of each kind on the Calder case (the demonstration family that has the most), for the suites that try every kind.</summary>
internal sealed record CalderRecords(
    Guid Case, Guid Survivor, Guid Perpetrator, Guid Participant, Guid Relationship, Guid Intake, Guid OpenIntake, Guid Note, Guid MapEntry, Guid PlanGoal,
    Guid SafetyPlan, Guid RiskPlan, Guid Meeting, Guid Supervision, Guid? Referral, Guid? Review, Guid OwningAgency, Guid PartnerAgency)
{
    public static async Task<CalderRecords> FindAsync(LanternFactory factory)
    {
        var family = await RouteSamples.CalderAsync(factory);
        await AddWhatTheDemonstrationLacksAsync(factory, family);
        return await factory.WithSystemDbAsync(async db =>
        {
            var caseId = family.Case;
            var survivor = await db.Participants.Where(p => p.CaseId == caseId && p.Role == ParticipantRole.Survivor).Select(p => p.PersonId).FirstAsync();
            var partner = await db.Users.Where(u => u.UserName == "advocate").Select(u => u.AgencyId).SingleAsync();
            return new CalderRecords(
                caseId,
                survivor,
                family.Person,
                family.Participant,
                family.Relationship,
                family.Intake,
                await db.Intakes.Where(i => i.CaseId == caseId && i.CompletedAt == null).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
                family.Note,
                await db.MapEntries.Where(e => e.CaseId == caseId).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(),
                await db.PlanGoals.Where(g => db.CasePlans.Any(p => p.Id == g.PlanId && p.CaseId == caseId)).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(),
                await db.SafetyPlans.Where(p => p.CaseId == caseId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
                await db.RiskManagementPlans.Where(p => p.CaseId == caseId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
                await db.Meetings.Where(m => m.CaseId == caseId).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(),
                await db.SupervisionSessions.Where(s => s.CaseId == caseId).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
                await db.Referrals.Where(r => r.CaseId == caseId).OrderBy(r => r.Id).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(),
                await db.CaseReviews.Where(r => r.CaseId == caseId).OrderBy(r => r.Id).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(),
                await db.Cases.Where(c => c.Id == caseId).Select(c => c.OwningAgencyId).SingleAsync(),
                partner);
        });
    }

    /// <summary>
    /// The demonstration's Calder case has no risk management plan, referral, case review or intake still in progress: the
    /// worker and the reviewer add one each, through the API. The referral is to a service no agency of the matrix runs (a service's own agency reads it).
    /// </summary>
    private static async Task AddWhatTheDemonstrationLacksAsync(LanternFactory factory, RouteSamples.FamilyIds family)
    {
        var service = await factory.WithSystemDbAsync(db => db.Services.Where(s => s.AgencyId == null).OrderBy(s => s.Name).Select(s => s.Id).FirstAsync());
        using var worker = await factory.ApiAsync("worker");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await SucceededAsync(await worker.PostAsJsonAsync($"/api/v1/cases/{family.Case}/risk-plans", new
        {
            concern = "He has threatened to take the boys from school.",
            risks = new[] { new { description = "He turns up at the school gate.", likelihood = "Medium", seriousness = "High" } },
            actions = new[] { new { description = "School to hold the collection list.", owner = "School", dueOn = today.AddDays(7) } },
            reviewOn = today.AddMonths(1),
        }));
        await SucceededAsync(await worker.PostAsJsonAsync($"/api/v1/cases/{family.Case}/referrals", new
        {
            serviceId = service,
            personId = family.Person,
            source = "Agency",
            reason = "A programme for fathers who use violence, to work on his pattern of control.",
        }));
        await SucceededAsync(await worker.PostAsJsonAsync($"/api/v1/cases/{family.Case}/intakes", new
        {
            source = "School",
            receivedOn = today,
            narrative = "The school reports that the older boy said his dad shouted at his mum all weekend and took her phone.",
        }));
        using var reviewer = await factory.ApiAsync("reviewer");
        await SucceededAsync(await reviewer.PostAsync(new Uri($"/api/v1/cases/{family.Case}/reviews", UriKind.Relative), null));
    }

    private static async Task SucceededAsync(HttpResponseMessage response)
    {
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
    }
}
