using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Data;
using Lantern.Core.Referrals;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Referrals;

/// <summary>
/// Referrals along service pathways: the case's own agency refers, the service's agency receives the referral (and
/// never the case), moves it along, and each side is notified. The Burns family is shared with no one, so that a
/// referral is the only thing Harbour could see of it.
/// </summary>
public sealed class ReferralTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private const string BurnsAddress = "27 Ash Grove";

    private Task<Guid> ServiceAsync(string name) => factory.WithSystemDbAsync(db => db.Services.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    /// <summary>The worker refers Kayleigh Burns to Harbour outreach through the API.</summary>
    private async Task<(Guid CaseId, ReferralView Referral)> ReferBurnsAsync(string reason = "Kayleigh asked for support from an advocate.")
    {
        var worker = await factory.ApiAsync("worker");
        var burns = await factory.CaseOfAsync("Burns");
        var kayleigh = await factory.PersonAsync("Kayleigh", "Burns");
        var response = await worker.PostJsonAsync($"/api/v1/cases/{burns}/referrals", new
        {
            serviceId = await ServiceAsync(DemoData.HarbourOutreach),
            personId = kayleigh,
            source = "Agency",
            reason,
        });
        return (burns, await response.ReadAsync<ReferralView>(HttpStatusCode.Created));
    }

    [Fact]
    public async Task Referral_ToHarbour_AdvocateSeesItInTheInbox_IsNotifiedWithoutPersonalData_AndGainsNoAccessToTheCase()
    {
        var (burns, referral) = await ReferBurnsAsync();
        var advocate = await factory.ApiAsync("advocate");
        var mark = await factory.AuditMarkAsync();

        var boxes = await (await advocate.GetAsync("/api/v1/referrals")).ReadAsync<ReferralBoxes>();
        var one = await (await advocate.GetAsync($"/api/v1/referrals/{referral.Id}")).ReadAsync<ReferralView>();
        var caseRead = await advocate.GetAsync($"/api/v1/cases/{burns}");
        var caseReferrals = await advocate.GetAsync($"/api/v1/cases/{burns}/referrals");
        var pages = await factory.SignedInAsync("advocate");
        var page = await pages.GetStringAsync(new Uri($"/Referrals/{referral.Id}", UriKind.Relative));
        var notifications = await pages.GetStringAsync(new Uri("/Notifications", UriKind.Relative));
        var stored = await factory.WithSystemDbAsync(db => db.Notifications.Where(n => n.Link == $"/Referrals/{referral.Id}").ToListAsync());
        var audit = await factory.AuditSinceAsync(mark);
        var advocateId = await factory.UserIdAsync("advocate");

        var received = Assert.Single(boxes.Inbox, r => r.Id == referral.Id);
        Assert.Equal("Kayleigh Burns", received.PersonName);
        Assert.Null(received.CaseId);
        Assert.Null(received.PersonId);
        Assert.Equal(ReferralStatus.Sent, one.Status);
        Assert.Equal("Northgate Children's Services", one.ReferringAgencyName);
        Assert.True(one.IsProvider);
        Assert.Equal(HttpStatusCode.NotFound, caseRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, caseReferrals.StatusCode);
        Assert.Contains("Kayleigh Burns", page, StringComparison.Ordinal);
        Assert.DoesNotContain(BurnsAddress, page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Cases/{burns}", page, StringComparison.Ordinal);
        Assert.Contains("New referral to Harbour outreach from Northgate Children&#x27;s Services", notifications, StringComparison.Ordinal);
        Assert.Matches(@"Notifications \([1-9]\d*\)", notifications);
        var note = Assert.Single(stored);
        Assert.NotNull(note.AgencyId);
        Assert.DoesNotContain(BurnsAddress, note.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kayleigh", note.Text, StringComparison.Ordinal);

        // Every read of the referral by the advocate is audited: the inbox, the API read and the page.
        Assert.True(audit.Count(e => e.Action == AuditAction.ReferralViewed && e.SubjectId == referral.Id && e.UserId == advocateId) >= 3);
    }

    [Fact]
    public async Task Advocate_Accepts_StatusIsAccepted_AndTheReferringWorkerIsNotified()
    {
        var (_, referral) = await ReferBurnsAsync();
        var advocate = await factory.ApiAsync("advocate");
        var mark = await factory.AuditMarkAsync();

        var accepted = await (await advocate.PostJsonAsync($"/api/v1/referrals/{referral.Id}/status", new { status = "Accepted" })).ReadAsync<ReferralView>();
        var worker = await factory.ApiAsync("worker");
        var seen = await (await worker.GetAsync($"/api/v1/referrals/{referral.Id}")).ReadAsync<ReferralView>();
        var workerId = await factory.UserIdAsync("worker");
        var notes = await factory.WithSystemDbAsync(db => db.Notifications.Where(n => n.UserId == workerId && n.Link == $"/Referrals/{referral.Id}").ToListAsync());
        var workerPage = await (await factory.SignedInAsync("worker")).GetStringAsync(new Uri("/Notifications", UriKind.Relative));

        Assert.Equal(ReferralStatus.Accepted, accepted.Status);
        Assert.NotNull(accepted.DecidedAt);
        Assert.Equal(ReferralStatus.Accepted, seen.Status);
        Assert.NotNull(seen.CaseId);
        var note = Assert.Single(notes);
        Assert.Equal("Your referral to Harbour outreach was accepted by Harbour Domestic Abuse Service", note.Text);
        Assert.Contains("Your referral to Harbour outreach was accepted", workerPage, StringComparison.Ordinal);
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.ReferralStatusChanged && e.SubjectId == referral.Id);

        var completed = await (await advocate.PostJsonAsync($"/api/v1/referrals/{referral.Id}/status", new { status = "Completed" })).ReadAsync<ReferralView>();
        Assert.Equal(ReferralStatus.Completed, completed.Status);
    }

    [Fact]
    public async Task Decline_WithoutAReason_Is400NamingTheField_AndWithOneIsRecorded()
    {
        var (_, referral) = await ReferBurnsAsync();
        var advocate = await factory.ApiAsync("advocate");

        var refused = await (await advocate.PostJsonAsync($"/api/v1/referrals/{referral.Id}/status", new { status = "Declined" })).ProblemAsync(HttpStatusCode.BadRequest);
        var declined = await (await advocate.PostJsonAsync($"/api/v1/referrals/{referral.Id}/status", new { status = "Declined", reason = "Outside our area." }))
            .ReadAsync<ReferralView>();
        var again = await (await advocate.PostJsonAsync($"/api/v1/referrals/{referral.Id}/status", new { status = "Completed" })).ProblemAsync(HttpStatusCode.BadRequest);

        refused.AssertNamesField("reason");
        Assert.Equal(ReferralStatus.Declined, declined.Status);
        Assert.Equal("Outside our area.", declined.DeclineReason);
        again.AssertNamesField("status");
    }

    [Fact]
    public async Task Decline_OnThePage_WithoutAReason_ShowsTheErrorAndKeepsTheChoice()
    {
        var (_, referral) = await ReferBurnsAsync();
        var pages = await factory.SignedInAsync("advocate");

        var response = await pages.PostFormAsync($"/Referrals/{referral.Id}", new() { ["Input.Status"] = "Declined", ["Input.Reason"] = "" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give the reason for declining the referral.", html, StringComparison.Ordinal);
        Assert.Matches("<input checked=\"checked\"[^>]*value=\"Declined\"", html);
    }

    [Fact]
    public async Task PartnerPractitioner_CannotReferFromACaseSharedWithHer()
    {
        var calder = await factory.CaseOfAsync("Calder");
        var morag = await factory.PersonAsync("Morag", "Calder");
        var advocate = await factory.ApiAsync("advocate");
        var pages = await factory.SignedInAsync("advocate");

        var api = await advocate.PostJsonAsync($"/api/v1/cases/{calder}/referrals", new
        {
            serviceId = await ServiceAsync("Northgate drug and alcohol service"),
            personId = morag,
            source = "Agency",
            reason = "Partner tries to refer.",
        });
        var page = await pages.GetAsync(new Uri($"/Cases/{calder}/Referrals/New", UriKind.Relative));

        Assert.Contains(api.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.True(page.StatusCode == HttpStatusCode.Forbidden
            || (page.StatusCode == HttpStatusCode.Redirect && page.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            $"the page answered {(int)page.StatusCode}");
        Assert.False(await factory.WithSystemDbAsync(db => db.Referrals.AnyAsync(r => r.CaseId == calder && r.Reason == "Partner tries to refer.")));
    }

    [Fact]
    public async Task Colleague_InTeamB_CannotSeeTheReferral_AndTheAttemptIsAudited()
    {
        var (burns, referral) = await ReferBurnsAsync();
        var colleague = await factory.ApiAsync("colleague");
        var mark = await factory.AuditMarkAsync();

        var one = await colleague.GetAsync($"/api/v1/referrals/{referral.Id}");
        var boxes = await (await colleague.GetAsync("/api/v1/referrals")).ReadAsync<ReferralBoxes>();
        var status = await colleague.PostJsonAsync($"/api/v1/referrals/{referral.Id}/status", new { status = "Received" });

        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        Assert.DoesNotContain(boxes.Outbox, r => r.Id == referral.Id);
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        await factory.AssertDeniedAsync(mark, "colleague", caseId: burns);
    }

    [Fact]
    public async Task OtherPartners_AndTheReferrer_CannotMoveItAlong()
    {
        var (_, referral) = await ReferBurnsAsync();
        var teacher = await factory.ApiAsync("teacher");
        var worker = await factory.ApiAsync("worker");

        var byTeacher = await teacher.PostJsonAsync($"/api/v1/referrals/{referral.Id}/status", new { status = "Accepted" });
        var byWorker = await worker.PostJsonAsync($"/api/v1/referrals/{referral.Id}/status", new { status = "Accepted" });

        Assert.Equal(HttpStatusCode.NotFound, byTeacher.StatusCode);
        await byWorker.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Worker_RefersThroughThePage_AndTheCaseListsIt_EachReadAudited()
    {
        var burns = await factory.CaseOfAsync("Burns");
        var kayleigh = await factory.PersonAsync("Kayleigh", "Burns");
        var pages = await factory.SignedInAsync("worker");
        var fields = new Dictionary<string, string>
        {
            ["Input.ServiceId"] = (await ServiceAsync("Northgate perpetrator programme")).ToString(),
            ["Input.PersonId"] = kayleigh.ToString(),
            ["Input.Source"] = "Self",
            ["Input.Reason"] = "",
        };

        var missing = await pages.PostFormAsync($"/Cases/{burns}/Referrals/New", fields);
        var missingHtml = await missing.Content.ReadAsStringAsync();
        fields["Input.Reason"] = "She asked for details of the programme for her former partner.";
        var sent = await pages.PostFormAsync($"/Cases/{burns}/Referrals/New", fields);
        var mark = await factory.AuditMarkAsync();
        var api = await factory.ApiAsync("worker");
        var list = await (await api.GetAsync($"/api/v1/cases/{burns}/referrals")).ReadAsync<List<ReferralView>>();
        var audit = await factory.AuditSinceAsync(mark);

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Give the reason for the referral.", missingHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains(list, r => r.ServiceName == "Northgate perpetrator programme" && r.Source == ReferralSource.Self);
        Assert.All(list, r => Assert.Contains(audit, e => e.Action == AuditAction.ReferralViewed && e.SubjectId == r.Id && e.CaseId == burns));
    }

    [Fact]
    public async Task Administrator_AddsAndDeactivatesAService_WhichIsThenNotOffered()
    {
        var admin = await factory.SignedInAsync("admin");
        var mark = await factory.AuditMarkAsync();

        var added = await admin.PostFormAsync("/Admin/Services/New", new()
        {
            ["Input.Name"] = "Northgate housing options",
            ["Input.Kind"] = "Housing",
            ["Input.AgencyId"] = "",
            ["Input.Contact"] = "0300 555 0100",
        });
        var id = await ServiceAsync("Northgate housing options");
        var list = await admin.GetStringAsync(new Uri("/Admin/Services", UriKind.Relative));
        var deactivated = await admin.PostFormAsync("/Admin/Services?handler=Active", new() { ["id"] = id.ToString(), ["active"] = "false" }, "/Admin/Services");
        var burns = await factory.CaseOfAsync("Burns");
        var form = await (await factory.SignedInAsync("worker")).GetStringAsync(new Uri($"/Cases/{burns}/Referrals/New", UriKind.Relative));
        var noName = await admin.PostFormAsync("/Admin/Services/New", new() { ["Input.Name"] = "", ["Input.Kind"] = "Housing" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Northgate housing options", list, StringComparison.Ordinal);
        Assert.Contains(DemoData.HarbourOutreach, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.DoesNotContain("Northgate housing options", form, StringComparison.Ordinal);
        Assert.Contains(DemoData.HarbourOutreach, form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, noName.StatusCode);
        Assert.Equal(2, (await factory.AuditSinceAsync(mark)).Count(e => e.Action == AuditAction.ServiceDirectoryChanged && e.SubjectId == id));
    }

    [Fact]
    public async Task Worker_CannotReferSomeoneOutsideTheCase()
    {
        var worker = await factory.ApiAsync("worker");
        var burns = await factory.CaseOfAsync("Burns");
        var morag = await factory.PersonAsync("Morag", "Calder");

        var problem = await (await worker.PostJsonAsync($"/api/v1/cases/{burns}/referrals", new
        {
            serviceId = await ServiceAsync(DemoData.HarbourOutreach),
            personId = morag,
            source = "Agency",
        })).ProblemAsync(HttpStatusCode.BadRequest);

        problem.AssertNamesField("personId");
        problem.AssertNamesField("reason");
    }
}
