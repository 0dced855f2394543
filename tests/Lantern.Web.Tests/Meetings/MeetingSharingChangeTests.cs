using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Meetings;

/// <summary>
/// A partner stops seeing the Calder meetings on its next request when the worker withholds them from its agency
/// or the survivor withdraws the consent its sharing needs. Its own fixture: these change the Calder case's sharing.
/// </summary>
public sealed class MeetingSharingChangeTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private async Task<HttpResponseMessage> SharingPostAsync(Guid caseId, string handler, Dictionary<string, string> fields) =>
        await (await factory.SignedInAsync("worker")).PostFormAsync($"/Cases/{caseId}/Sharing?handler={handler}", fields, $"/Cases/{caseId}/Sharing");

    [Fact]
    public async Task WithholdingMeetingsFromThePolice_HidesThemFromTheOfficerOnTheNextRequest_AndLiftingRestoresThem()
    {
        var officer = await factory.ApiAsync("officer");
        var worker = await factory.ApiAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var id = await factory.CalderConferenceAsync();
        var police = await factory.AgencyIdAsync("Northgate Police");
        var action = await factory.ConferenceActionAsync("Northgate Police");
        var before = await officer.GetAsync($"/api/v1/meetings/{id}");

        var withheld = await SharingPostAsync(caseId, "Withhold", new()
        {
            ["Withhold.AgencyId"] = police.ToString(),
            ["Withhold.Categories"] = "Meetings",
            ["Withhold.Reason"] = "The conference minutes name where Morag goes for help.",
        });
        var meeting = await officer.GetAsync($"/api/v1/meetings/{id}");
        var list = await officer.GetAsync($"/api/v1/cases/{caseId}/meetings");
        var actions = await (await officer.GetAsync("/api/v1/meeting-actions")).ReadAsync<JsonElement>();
        var progress = await officer.ProgressAsync(action.GetProperty("id").GetGuid(), "Done", action.GetProperty("version").GetUInt32());
        var map = await (await officer.GetAsync($"/api/v1/cases/{caseId}/map")).ReadAsync<JsonElement>();
        var preview = await (await worker.GetAsync($"/api/v1/meetings/{id}/packs/{police}")).ReadAsync<JsonElement>();
        var withholding = await factory.WithSystemDbAsync(db => db.Withholdings.Where(w => w.CaseId == caseId && w.LiftedAt == null).Select(w => w.Id).SingleAsync());
        var lifted = await SharingPostAsync(caseId, "Lift", new() { ["withholdingId"] = withholding.ToString() });
        var after = await officer.GetAsync($"/api/v1/meetings/{id}");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withheld.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, meeting.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.DoesNotContain(actions.EnumerateArray(), a => a.GetProperty("action").GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal(HttpStatusCode.NotFound, progress.StatusCode);
        Assert.True(map.GetProperty("coerciveControl").GetProperty("entries").GetArrayLength() > 0, "only the meetings are withheld");
        Assert.False(preview.GetProperty("showsMeeting").GetBoolean());
        Assert.Empty(preview.GetProperty("meeting").GetProperty("minutes").EnumerateObject());
        Assert.Equal(0, preview.GetProperty("meeting").GetProperty("actions").GetArrayLength());
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("Open", (await factory.ConferenceActionAsync("Northgate Police")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task WithholdingHisPatternFromAColleague_HidesThoseMinutesFromHerOwnPackAndFromHerPreviews()
    {
        var supervisor = await factory.ApiAsync("supervisor");
        var caseId = await factory.CaseOfAsync("Calder");
        var id = await factory.CalderConferenceAsync();
        var police = await factory.AgencyIdAsync("Northgate Police");
        const string minutes = "Police confirmed the call-out fourteen months ago";
        var before = await (await supervisor.GetAsync($"/api/v1/meetings/{id}/packs/{police}")).ReadAsync<JsonElement>();

        var withheld = await SharingPostAsync(caseId, "Withhold", new()
        {
            ["Withhold.UserId"] = (await factory.UserIdAsync("supervisor")).ToString(),
            ["Withhold.Categories"] = "CoerciveControl",
            ["Withhold.Reason"] = "Related to the family.",
        });
        var own = await (await supervisor.GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var preview = await (await supervisor.GetAsync($"/api/v1/meetings/{id}/packs/{police}")).ReadAsync<JsonElement>();
        var officers = await (await (await factory.ApiAsync("officer")).GetAsync($"/api/v1/meetings/{id}")).ReadAsync<JsonElement>();
        var withholding = await factory.WithSystemDbAsync(db => db.Withholdings.Where(w => w.CaseId == caseId && w.LiftedAt == null).Select(w => w.Id).SingleAsync());
        var lifted = await SharingPostAsync(caseId, "Lift", new() { ["withholdingId"] = withholding.ToString() });

        Assert.Contains(minutes, before.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, withheld.StatusCode);
        Assert.DoesNotContain("CoerciveControl", MeetingSupport.MinutesShown(own.GetProperty("meeting")));
        Assert.DoesNotContain(minutes, own.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(minutes, preview.ToString(), StringComparison.Ordinal);
        Assert.Equal(["HarmToChild"], MeetingSupport.MinutesShown(preview.GetProperty("meeting")));
        Assert.Contains(minutes, officers.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
    }

    [Fact]
    public async Task WithdrawingMoragsConsent_HidesTheMeetingsFromTheAdvocateOnTheNextRequest_NotFromThePolice()
    {
        var advocate = await factory.ApiAsync("advocate");
        var officer = await factory.ApiAsync("officer");
        var caseId = await factory.CaseOfAsync("Calder");
        var id = await factory.CalderConferenceAsync();
        var consent = await factory.WithSystemDbAsync(db => db.Consents.Where(c => c.CaseId == caseId).Select(c => c.Id).SingleAsync());
        var before = await advocate.GetAsync($"/api/v1/meetings/{id}");
        var mark = await factory.AuditMarkAsync();

        var withdrawn = await SharingPostAsync(caseId, "Withdraw", new() { ["consentId"] = consent.ToString() });
        var meeting = await advocate.GetAsync($"/api/v1/meetings/{id}");
        var list = await advocate.GetAsync($"/api/v1/cases/{caseId}/meetings");
        var actions = await (await advocate.GetAsync("/api/v1/meeting-actions")).ReadAsync<JsonElement>();
        var police = await officer.GetAsync($"/api/v1/meetings/{id}");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, meeting.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.DoesNotContain(actions.EnumerateArray(), a => a.GetProperty("action").GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal(HttpStatusCode.OK, police.StatusCode);
        var audit = await factory.AuditSinceAsync(mark);
        Assert.Contains(audit, e => e.Action == AuditAction.ConsentWithdrawn && e.CaseId == caseId);
        await factory.AssertDeniedAsync(mark, "advocate", caseId: caseId);
    }
}
