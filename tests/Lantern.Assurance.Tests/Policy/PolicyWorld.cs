using Lantern.Core.Access;
using Lantern.Core.Agencies;
using Lantern.Core.Sharing;
using Lantern.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Assurance.Tests.Policy;

/// <summary>
/// The world the access matrix runs in: the demonstration data, one user per role at each placement, canaries planted
/// in every confidential field of the Calder case, and the arrangements that give each relationship to the case.
/// </summary>
internal sealed class PolicyWorld
{
    private readonly LanternFactory factory;
    private readonly Guid allocatedWorker;

    private PolicyWorld(LanternFactory factory, CalderRecords records, IReadOnlyList<PolicyActor> actors, Canaries canaries, Guid allocatedWorker)
    {
        this.factory = factory;
        Records = records;
        Actors = actors;
        Canaries = canaries;
        this.allocatedWorker = allocatedWorker;
    }

    public CalderRecords Records { get; }

    public IReadOnlyList<PolicyActor> Actors { get; }

    public Canaries Canaries { get; }

    public static async Task<PolicyWorld> CreateAsync(LanternFactory factory)
    {
        var records = await CalderRecords.FindAsync(factory);
        var canaries = Canaries.New();
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<Lantern.Core.Data.LanternDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>();

        var calder = await db.Cases.SingleAsync(c => c.Id == records.Case);
        var teamB = await db.Teams.Where(t => t.AgencyId == calder.OwningAgencyId && t.Id != calder.TeamId).Select(t => t.Id).FirstAsync();
        var partnerTeam = await db.Teams.Where(t => t.AgencyId == records.PartnerAgency).Select(t => t.Id).FirstAsync();
        var unrelated = new Agency { Name = "Eastfield Probation", Type = AgencyType.Probation, CreatedAt = DateTimeOffset.UtcNow };
        var unrelatedTeam = new Team { Name = "Offender Management", AgencyId = unrelated.Id };
        db.Agencies.Add(unrelated);
        db.Teams.Add(unrelatedTeam);
        await db.SaveChangesAsync();

        var placements = new Dictionary<Placement, (Guid Agency, Guid Team)>
        {
            [Placement.WelfareTeamA] = (calder.OwningAgencyId, calder.TeamId!.Value),
            [Placement.WelfareTeamB] = (calder.OwningAgencyId, teamB),
            [Placement.PartnerAgency] = (records.PartnerAgency, partnerTeam),
            [Placement.UnrelatedAgency] = (unrelated.Id, unrelatedTeam.Id),
        };
        var actors = new List<PolicyActor>();
        foreach (var (placement, (agency, team)) in placements)
        {
            foreach (var role in LanternRoles.All)
            {
                var name = $"matrix-{placement}-{role}".ToLowerInvariant();
                var user = new LanternUser { UserName = name, Email = $"{name}@test.lantern.invalid", EmailConfirmed = true, DisplayName = name, AgencyId = agency, TeamId = team };
                Check(await users.CreateAsync(user, Clients.DemoPassword));
                Check(await users.AddToRoleAsync(user, role));
                actors.Add(new PolicyActor(name, role, placement, user.Id));
            }
        }

        // Canaries in every confidential field: the survivor's address (confidential), her phone and email, her safety plans.
        var survivor = await db.People.SingleAsync(p => p.Id == records.Survivor);
        survivor.Address = canaries.Location + ", 4 Harbour Row";
        survivor.AddressIsConfidential = true;
        survivor.Phone = canaries.Phone;
        survivor.Email = canaries.Email;
        foreach (var plan in await db.SafetyPlans.Where(p => p.CaseId == records.Case).ToListAsync())
        {
            plan.Strategies = $"{canaries.SafetyPlan} strategies";
            plan.SafePeople = $"{canaries.SafetyPlan} people";
            plan.SafePlaces = $"{canaries.SafetyPlan} places";
            plan.CodeWords = $"{canaries.SafetyPlan} code word";
            plan.WhatToDoWhen = $"{canaries.SafetyPlan} what to do";
        }

        // The partner's share carries every ordinary category, so that "partner-with-consent" is the table's whole column;
        // the two confidential categories stay out (each would also need a grant by name).
        const InformationCategory ordinary = (InformationCategory)8191 & ~(InformationCategory.SafetyPlans | InformationCategory.SurvivorLocation);
        foreach (var share in await db.CaseShares.Where(s => s.CaseId == records.Case && s.PartnerAgencyId == records.PartnerAgency).ToListAsync())
        {
            share.Categories = ordinary;
        }

        foreach (var party in await db.Set<AgreementParty>().Where(p => p.AgencyId == records.PartnerAgency).ToListAsync())
        {
            party.Categories = ordinary;
        }

        await db.SaveChangesAsync();
        return new PolicyWorld(factory, records, actors, canaries, calder.AllocatedWorkerId!.Value);
    }

    public IEnumerable<PolicyActor> At(Placement placement) => Actors.Where(a => a.Placement == placement);

    /// <summary>Allocates Calder to the user (or back to its own worker).</summary>
    public Task AllocateAsync(Guid? userId) => factory.WithSystemDbAsync(async db =>
    {
        var calder = await db.Cases.SingleAsync(c => c.Id == Records.Case);
        calder.AllocatedWorkerId = userId ?? allocatedWorker;
        await db.SaveChangesAsync();
    });

    public Task RestrictAsync(bool restricted) => factory.WithSystemDbAsync(async db =>
    {
        var calder = await db.Cases.SingleAsync(c => c.Id == Records.Case);
        calder.IsRestricted = restricted;
        await db.SaveChangesAsync();
    });

    /// <summary>Morag withdraws her consent to the domestic abuse service, recorded by her worker on the sharing page.</summary>
    public async Task WithdrawConsentAsync()
    {
        var consentId = await factory.WithSystemDbAsync(db => db.Consents
            .Where(c => c.CaseId == Records.Case && c.PartnerAgencyId == Records.PartnerAgency && c.WithdrawnOn == null).Select(c => c.Id).SingleAsync());
        var worker = await factory.SignedInAsync("worker");
        using var withdraw = await worker.PostFormAsync($"/Cases/{Records.Case}/Sharing?handler=Withdraw", new() { ["consentId"] = consentId.ToString() }, $"/Cases/{Records.Case}/Sharing");
        if ((int)withdraw.StatusCode >= 400)
        {
            throw new InvalidOperationException($"Withdrawing consent answered {(int)withdraw.StatusCode}.");
        }

        var active = await factory.WithSystemDbAsync(db => db.CaseShares.AnyAsync(s => s.CaseId == Records.Case && s.PartnerAgencyId == Records.PartnerAgency && s.IsActive));
        if (active)
        {
            throw new InvalidOperationException("The share stayed active after consent was withdrawn.");
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Unique strings planted in confidential fields; finding one in a response shows where it went.</summary>
internal sealed record Canaries(string Location, string Phone, string Email, string SafetyPlan)
{
    public IReadOnlyList<string> All => [Location, Phone, Email, SafetyPlan];

    public static Canaries New()
    {
        string Next(string kind) => $"CANARY{kind}{Guid.NewGuid():N}"[..(6 + kind.Length + 12)].ToUpperInvariant();
        return new Canaries(Next("LOC"), "0799" + Random.Shared.NextInt64(1_000_000, 9_999_999), Next("MAIL").ToLowerInvariant() + "@mail.invalid", Next("SAFE"));
    }
}
