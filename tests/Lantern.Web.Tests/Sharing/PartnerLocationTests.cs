using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.Core.Sharing;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Sharing;

/// <summary>
/// A survivor's location and safety plan reach a partner only where the agreement's category includes them AND a
/// named person has been given them; partners see the "safe way to contact" instead of her phone, email and address.
/// Its own fixture: these change the Calder case's shares.
/// </summary>
public sealed class PartnerLocationTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static string NewCanary() => "CANARY-" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();

    /// <summary>Morag's address made confidential with a canary, and a phone, email and safe way to contact with their own markers.</summary>
    private async Task<(Guid CaseId, Guid Morag, string Address, string Phone, string SafeContact)> ArrangeMoragAsync()
    {
        var caseId = await factory.CaseOfAsync("Calder");
        var morag = await factory.PersonAsync("Morag", "Calder");
        var address = NewCanary();
        var phone = "07700 " + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var safe = "SAFE-" + NewCanary();
        await factory.WithSystemDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == morag);
            person.Address = $"{address}, Quiet Lane";
            person.AddressIsConfidential = true;
            person.Phone = phone;
            person.SafeContact = $"{safe}: her mobile, weekdays 10 to 2; never leave a message.";
            await db.SaveChangesAsync();
        });
        return (caseId, morag, address, phone, safe);
    }

    private Task SetAdvocateCategoriesAsync(Guid caseId, InformationCategory add, InformationCategory remove = InformationCategory.None) =>
        factory.WithSystemDbAsync(async db =>
        {
            var refuge = await db.Agencies.Where(a => a.Name.Contains("Harbour")).Select(a => a.Id).SingleAsync();
            foreach (var share in await db.CaseShares.Where(s => s.CaseId == caseId && s.PartnerAgencyId == refuge).ToListAsync())
            {
                share.Categories = (share.Categories | add) & ~remove;
            }

            await db.SaveChangesAsync();
        });

    private async Task<HttpResponseMessage> GrantLocationAsync(Guid caseId, Guid personId, string userName, string reason = "Her advocate is going with her to court from her new address.")
    {
        var worker = await factory.SignedInAsync("worker");
        var userId = await factory.UserIdAsync(userName);
        return await worker.PostFormAsync($"/Cases/{caseId}/Sharing?handler=GrantLocation",
            new() { ["Location.PersonId"] = personId.ToString(), ["Location.UserId"] = userId.ToString(), ["Location.Reason"] = reason }, $"/Cases/{caseId}/Sharing");
    }

    [Fact]
    public async Task PersonPage_Partner_SeesTheSafeWayToContactButNotHerPhoneOrAddress_WhileHerOwnAgencySeesBoth()
    {
        var (_, morag, address, phone, safe) = await ArrangeMoragAsync();
        var advocate = await factory.SignedInAsync("advocate");
        var worker = await factory.SignedInAsync("worker");

        var partnerPage = await advocate.GetStringAsync(new Uri($"/People/{morag}?showAddress=true", UriKind.Relative));
        var partnerApi = await (await (await factory.ApiAsync("advocate")).GetAsync($"/api/v1/people/{morag}?includeConfidentialAddress=true")).Content.ReadAsStringAsync();
        var workerPage = await worker.GetStringAsync(new Uri($"/People/{morag}", UriKind.Relative));

        Assert.Contains(safe, partnerPage, StringComparison.Ordinal);
        Assert.Contains("Not shared with partner agencies", partnerPage, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, partnerPage, StringComparison.Ordinal);
        Assert.DoesNotContain(address, partnerPage, StringComparison.Ordinal);
        Assert.Contains(safe, partnerApi, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, partnerApi, StringComparison.Ordinal);
        Assert.DoesNotContain(address, partnerApi, StringComparison.Ordinal);
        Assert.Contains(safe, workerPage, StringComparison.Ordinal);
        Assert.Contains(phone, workerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Location_NeedsTheAgreementCategoryAndANamedGrant_AndStopsWhenEitherGoes()
    {
        var (caseId, morag, address, _, _) = await ArrangeMoragAsync();
        var advocate = await factory.SignedInAsync("advocate");
        async Task<string> AdvocateSeesAsync() => await advocate.GetStringAsync(new Uri($"/People/{morag}?showAddress=true", UriKind.Relative));

        // The agreement does not include her location yet: no one at Harbour can be named.
        var refused = await GrantLocationAsync(caseId, morag, "advocate");
        var refusedBody = await refused.Content.ReadAsStringAsync();

        // The category alone shows nothing.
        await SetAdvocateCategoriesAsync(caseId, InformationCategory.SurvivorLocation);
        var categoryOnly = await AdvocateSeesAsync();

        var granted = await GrantLocationAsync(caseId, morag, "advocate");
        var withGrant = await AdvocateSeesAsync();
        var advocateId = await factory.UserIdAsync("advocate");
        var viewed = await factory.WithSystemDbAsync(db => db.AuditEvents.CountAsync(e => e.PersonId == morag && e.Action == AuditAction.ConfidentialAddressViewed
            && e.UserId == advocateId));
        var grantAudited = await factory.WithSystemDbAsync(db => db.AuditEvents.CountAsync(e => e.CaseId == caseId && e.Action == AuditAction.LocationAccessGranted));

        // The agreement stops including it: the grant no longer counts.
        await SetAdvocateCategoriesAsync(caseId, InformationCategory.None, InformationCategory.SurvivorLocation);
        var categoryGone = await AdvocateSeesAsync();

        // Back in the agreement, then the grant revoked.
        await SetAdvocateCategoriesAsync(caseId, InformationCategory.SurvivorLocation);
        var restored = await AdvocateSeesAsync();
        var grantId = await factory.WithSystemDbAsync(db => db.LocationGrants.Where(g => g.PersonId == morag && g.RevokedAt == null).Select(g => g.Id).SingleAsync());
        var revoked = await (await factory.SignedInAsync("worker")).PostFormAsync($"/Cases/{caseId}/Sharing?handler=RevokeLocation",
            new() { ["grantId"] = grantId.ToString() }, $"/Cases/{caseId}/Sharing");
        var afterRevoke = await AdvocateSeesAsync();
        await SetAdvocateCategoriesAsync(caseId, InformationCategory.None, InformationCategory.SurvivorLocation);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("whose sharing on this case includes the survivor", refusedBody, StringComparison.Ordinal);
        Assert.DoesNotContain(address, categoryOnly, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains(address, withGrant, StringComparison.Ordinal);
        Assert.Equal(1, viewed);
        Assert.Equal(1, grantAudited);
        Assert.DoesNotContain(address, categoryGone, StringComparison.Ordinal);
        Assert.Contains(address, restored, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.DoesNotContain(address, afterRevoke, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(address, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Location_OfficerWhoseAgreementLeavesItOut_CannotBeNamed()
    {
        var (caseId, morag, address, _, _) = await ArrangeMoragAsync();

        var refused = await GrantLocationAsync(caseId, morag, "officer");
        var officerSees = await (await factory.SignedInAsync("officer")).GetStringAsync(new Uri($"/People/{morag}?showAddress=true", UriKind.Relative));
        var grants = await factory.WithSystemDbAsync(db => db.LocationGrants.CountAsync(g => g.PersonId == morag && g.UserId != Guid.Empty && g.RevokedAt == null
            && db.Users.Any(u => u.Id == g.UserId && u.UserName == "officer")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(0, grants);
        Assert.DoesNotContain(address, officerSees, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SafetyPlan_PartnerNeedsTheAgreementCategoryAndAGrant_AndAWithholdingStopsIt()
    {
        var caseId = await factory.CaseOfAsync("Calder");
        var morag = await factory.PersonAsync("Morag", "Calder");
        var worker = await factory.ApiAsync("worker");
        var advocate = await factory.ApiAsync("advocate");
        var canary = NewCanary();
        var plan = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/safety-plans", new
        {
            personId = morag,
            strategies = $"Strategy {canary}",
            safePeople = "Her sister",
            safePlaces = "The library",
            codeWords = "Bluebell",
            whatToDoWhen = "Call 999 and say the code word.",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var planId = plan.GetProperty("id").GetGuid();
        var advocateId = await factory.UserIdAsync("advocate");
        var grantBody = new { userId = advocateId, reason = "Her advocate is reviewing the safety plan with her." };

        var refused = await worker.PostJsonAsync($"/api/v1/safety-plans/{planId}/grants", grantBody);
        await SetAdvocateCategoriesAsync(caseId, InformationCategory.SafetyPlans);
        var categoryOnly = await advocate.GetAsync($"/api/v1/safety-plans/{planId}");
        var granted = await worker.PostJsonAsync($"/api/v1/safety-plans/{planId}/grants", grantBody);
        var withGrant = await advocate.GetAsync($"/api/v1/safety-plans/{planId}");
        var officerSees = await (await factory.ApiAsync("officer")).GetAsync($"/api/v1/safety-plans/{planId}");
        var refuge = await factory.WithSystemDbAsync(db => db.Agencies.Where(a => a.Name.Contains("Harbour")).Select(a => a.Id).SingleAsync());
        var withheld = await (await factory.SignedInAsync("worker")).PostFormAsync($"/Cases/{caseId}/Sharing?handler=Withhold",
            new() { ["Withhold.Categories"] = "SafetyPlans", ["Withhold.AgencyId"] = refuge.ToString(), ["Withhold.Reason"] = "She asked for it to stay with us." },
            $"/Cases/{caseId}/Sharing");
        var afterWithholding = await advocate.GetAsync($"/api/v1/safety-plans/{planId}");
        await SetAdvocateCategoriesAsync(caseId, InformationCategory.None, InformationCategory.SafetyPlans);

        Assert.Equal("UserId", Assert.Single((await refused.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject()).Name, ignoreCase: true);
        Assert.Equal(HttpStatusCode.NotFound, categoryOnly.StatusCode);
        Assert.True(granted.IsSuccessStatusCode, $"grant answered {granted.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, withGrant.StatusCode);
        Assert.Contains(canary, await withGrant.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, officerSees.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withheld.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterWithholding.StatusCode);
    }
}
