using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Sharing;

/// <summary>Sharing stops at once: withdrawn consent, a suspended agreement, an expiry. Its own fixture: these change the demonstration agreement.</summary>
public sealed class SharingLifecycleTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private Task<Guid> AgreementAsync() => factory.WithSystemDbAsync(db => db.SharingAgreements.Where(a => a.Title == "Northgate family safety information sharing").Select(a => a.Id).SingleAsync());

    private Task<Guid> AgencyAsync(string name) => factory.WithSystemDbAsync(db => db.Agencies.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    /// <summary>A new case of the worker's with a survivor, shared with the domestic abuse service through the sharing page.</summary>
    private async Task<(Guid CaseId, Guid Survivor, HttpResponseMessage Response)> ShareNewCaseAsync(Dictionary<string, string> consent)
    {
        var api = await factory.ApiAsync("worker");
        var record = await api.NewCaseAsync();
        var survivor = await api.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Tanya", "Ridley");
        var pages = await factory.SignedInAsync("worker");
        var fields = new Dictionary<string, string>(consent)
        {
            ["Input.Partner"] = $"{await AgreementAsync()}|{await AgencyAsync("Harbour Domestic Abuse Service")}",
        };
        if (fields.ContainsKey("Input.ConsentGivenBy"))
        {
            fields["Input.ConsentGivenBy"] = survivor.Id.ToString();
        }

        var response = await pages.PostFormAsync($"/Cases/{record.Id}/Sharing", fields);
        return (record.Id, survivor.Id, response);
    }

    [Fact]
    public async Task Share_WithoutTheConsentTheAgreementNeeds_IsRefusedWithAFieldError()
    {
        var (caseId, _, response) = await ShareNewCaseAsync([]);
        var html = await response.Content.ReadAsStringAsync();
        var advocate = await factory.ApiAsync("advocate");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("needs the survivor&#x27;s consent", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await advocate.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
    }

    [Fact]
    public async Task Share_WithConsent_PartnerSeesIt_ThenWithdrawingConsentStopsItOnTheNextRequest()
    {
        var (caseId, _, response) = await ShareNewCaseAsync(new()
        {
            ["Input.ConsentGivenBy"] = "",
            ["Input.ConsentScope"] = "Her advocate may see the map.",
            ["Input.ConsentGivenOn.Day"] = "20",
            ["Input.ConsentGivenOn.Month"] = "11",
            ["Input.ConsentGivenOn.Year"] = "2026",
        });
        var advocate = await factory.ApiAsync("advocate");
        var before = await advocate.GetAsync($"/api/v1/cases/{caseId}");
        var consentId = await factory.WithSystemDbAsync(db => db.Consents.Where(c => c.CaseId == caseId).Select(c => c.Id).SingleAsync());
        var mark = await factory.AuditMarkAsync();

        var withdraw = await (await factory.SignedInAsync("worker")).PostFormAsync($"/Cases/{caseId}/Sharing?handler=Withdraw",
            new() { ["consentId"] = consentId.ToString() }, $"/Cases/{caseId}/Sharing");
        var after = await advocate.GetAsync($"/api/v1/cases/{caseId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.ConsentWithdrawn && e.CaseId == caseId);
    }

    [Fact]
    public async Task Share_WithConsentAlreadyExpired_IsNotVisible()
    {
        var (caseId, _, response) = await ShareNewCaseAsync(new()
        {
            ["Input.ConsentGivenBy"] = "",
            ["Input.ConsentGivenOn.Day"] = "1",
            ["Input.ConsentGivenOn.Month"] = "1",
            ["Input.ConsentGivenOn.Year"] = "2026",
            ["Input.ConsentExpiresOn.Day"] = "1",
            ["Input.ConsentExpiresOn.Month"] = "2",
            ["Input.ConsentExpiresOn.Year"] = "2026",
        });
        var advocate = await factory.ApiAsync("advocate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await advocate.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
    }

    [Fact]
    public async Task Override_WithoutConsent_OnlyAManagerWithAReason_AndItRaisesAnAlert()
    {
        var api = await factory.ApiAsync("worker");
        var record = await api.NewCaseAsync();
        await api.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Bella", "Ansell");
        var partner = $"{await AgreementAsync()}|{await AgencyAsync("Harbour Domestic Abuse Service")}";
        var page = $"/Cases/{record.Id}/Sharing";
        var fields = new Dictionary<string, string> { ["Input.Partner"] = partner, ["Input.OverrideReason"] = "The baby is at immediate risk; she cannot be reached safely." };
        var mark = await factory.AuditMarkAsync();

        var byWorker = await (await factory.SignedInAsync("worker")).PostFormAsync(page, fields);
        var byManager = await (await factory.SignedInAsync("manager")).PostFormAsync(page, fields);
        var advocate = await (await factory.ApiAsync("advocate")).GetAsync($"/api/v1/cases/{record.Id}");
        var managerId = await factory.UserIdAsync("manager");

        Assert.Contains("Only a manager may share without the consent", await byWorker.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, advocate.StatusCode);
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.ConsentOverridden && e.CaseId == record.Id && e.UserId == managerId);
        Assert.True(await factory.WithSystemDbAsync(db => db.Notifications.AnyAsync(n => n.Link == page && n.Text.Contains(record.Reference))));
    }

    [Fact]
    public async Task SuspendingTheAgreement_StopsEverySharedCaseAtOnce_AndApprovingRestoresIt()
    {
        var officer = await factory.ApiAsync("officer");
        var admin = await factory.SignedInAsync("admin");
        var calder = await factory.CaseOfAsync("Calder");
        var agreement = await AgreementAsync();
        var before = await officer.GetAsync($"/api/v1/cases/{calder}");

        var suspend = await admin.PostFormAsync("/Admin/Agreements?handler=Status", new() { ["id"] = agreement.ToString(), ["status"] = "Suspended" }, "/Admin/Agreements");
        var during = await officer.GetAsync($"/api/v1/cases/{calder}");
        var approve = await admin.PostFormAsync("/Admin/Agreements?handler=Status", new() { ["id"] = agreement.ToString(), ["status"] = "Active" }, "/Admin/Agreements");
        var after = await officer.GetAsync($"/api/v1/cases/{calder}");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, suspend.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, during.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task AgreementDraft_ThroughTheAdminForm_NeedsTwoParties()
    {
        var admin = await factory.SignedInAsync("admin");
        var police = await AgencyAsync("Northgate Police");
        var agencies = await factory.WithSystemDbAsync(db => db.Agencies.OrderBy(a => a.Name).Select(a => a.Id).ToListAsync());
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Police and child welfare only",
            ["Input.Purpose"] = "Risk conferences.",
            ["Input.LegalBasis"] = "Crime and Disorder Act 1998 s.115.",
            ["Input.StartsOn.Day"] = "1",
            ["Input.StartsOn.Month"] = "12",
            ["Input.StartsOn.Year"] = "2026",
        };
        for (var i = 0; i < agencies.Count; i++)
        {
            fields[$"Input.Parties[{i}].AgencyId"] = agencies[i].ToString();
        }

        var policeIndex = agencies.IndexOf(police);
        fields[$"Input.Parties[{policeIndex}].Included"] = "true";
        var oneParty = await admin.PostFormAsync("/Admin/Agreements/New", fields);
        var welfareIndex = agencies.IndexOf(await AgencyAsync(DemoData.ChildWelfareAgency));
        fields[$"Input.Parties[{welfareIndex}].Included"] = "true";
        fields[$"Input.Parties[{policeIndex}].Categories"] = "CoerciveControl";
        var twoParties = await admin.PostFormAsync("/Admin/Agreements/New", fields);

        Assert.Equal(HttpStatusCode.OK, oneParty.StatusCode);
        Assert.Contains("An agreement needs at least two agencies.", await oneParty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, twoParties.StatusCode);
        Assert.True(await factory.WithSystemDbAsync(db => db.SharingAgreements.AnyAsync(a => a.Title == "Police and child welfare only")));
    }
}
