using System.Net;
using System.Text.Json;
using Lantern.Core.Cases;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Sharing;

/// <summary>Withholding named information from a named person or agency, and restricted cases. Its own fixture: these change the Calder case.</summary>
public sealed class WithholdingTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private async Task<HttpResponseMessage> WithholdAsync(Guid caseId, string category, Dictionary<string, string> from, string reason = "She fears this person.")
    {
        var worker = await factory.SignedInAsync("worker");
        var fields = new Dictionary<string, string>(from) { ["Withhold.Categories"] = category, ["Withhold.Reason"] = reason };
        return await worker.PostFormAsync($"/Cases/{caseId}/Sharing?handler=Withhold", fields, $"/Cases/{caseId}/Sharing");
    }

    [Fact]
    public async Task WithholdingFromAnAgency_HidesThatCategoryWhateverTheAgreementSays_AndLiftingRestoresIt()
    {
        var officer = await factory.ApiAsync("officer");
        var caseId = await factory.CaseOfAsync("Calder");
        var police = await factory.WithSystemDbAsync(db => db.Agencies.Where(a => a.Name == "Northgate Police").Select(a => a.Id).SingleAsync());
        async Task<int> CoerciveControlAsync() => (await (await officer.GetAsync($"/api/v1/cases/{caseId}/map")).ReadAsync<JsonElement>())
            .GetProperty("coerciveControl").GetProperty("entries").GetArrayLength();
        var before = await CoerciveControlAsync();

        var withheld = await WithholdAsync(caseId, "CoerciveControl", new() { ["Withhold.AgencyId"] = police.ToString() });
        var during = await CoerciveControlAsync();
        var harm = (await (await officer.GetAsync($"/api/v1/cases/{caseId}/map")).ReadAsync<JsonElement>()).GetProperty("harmToChild").GetProperty("entries").GetArrayLength();
        var id = await factory.WithSystemDbAsync(db => db.Withholdings.Where(w => w.CaseId == caseId && w.LiftedAt == null).Select(w => w.Id).SingleAsync());
        var lifted = await (await factory.SignedInAsync("worker")).PostFormAsync($"/Cases/{caseId}/Sharing?handler=Lift", new() { ["withholdingId"] = id.ToString() }, $"/Cases/{caseId}/Sharing");
        var after = await CoerciveControlAsync();

        Assert.True(before > 0);
        Assert.Equal(HttpStatusCode.Redirect, withheld.StatusCode);
        Assert.Equal(0, during);
        Assert.True(harm > 0, "only the withheld category is hidden");
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task WithholdingFromANamedColleague_HidesThePeopleFromHerAlone()
    {
        var caseId = await factory.CaseOfAsync("Moss");
        var supervisorId = await factory.UserIdAsync("supervisor");

        var withheld = await WithholdAsync(caseId, "Identity", new() { ["Withhold.UserId"] = supervisorId.ToString() }, "Related to the family.");
        var supervisors = await (await (await factory.ApiAsync("supervisor")).GetAsync($"/api/v1/cases/{caseId}")).ReadAsync<JsonElement>();
        var workers = await (await (await factory.ApiAsync("worker")).GetAsync($"/api/v1/cases/{caseId}")).ReadAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Redirect, withheld.StatusCode);
        Assert.Equal(0, supervisors.GetProperty("participants").GetArrayLength());
        Assert.True(workers.GetProperty("participants").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Withholding_FromTheAllocatedWorkerOrWithoutAReason_IsRefusedWithFieldErrors()
    {
        var caseId = await factory.CaseOfAsync("Calder");
        var workerId = await factory.UserIdAsync("worker");

        var fromWorker = await WithholdAsync(caseId, "Notes", new() { ["Withhold.UserId"] = workerId.ToString() });
        var noReason = await WithholdAsync(caseId, "Notes", new() { ["Withhold.UserId"] = (await factory.UserIdAsync("manager")).ToString() }, reason: "");

        Assert.Contains("keep sight of the case", await fromWorker.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Give the reason for withholding it.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestrictedCase_NamesMaskedInListsAndSearchForAllButItsTeam()
    {
        var api = await factory.ApiAsync("worker");
        var record = await api.NewCaseAsync();
        await api.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Zelda", "Quartermaine");
        var worker = await factory.SignedInAsync("worker");
        await worker.PostFormAsync($"/Cases/{record.Id}/Sharing?handler=Restrict", new() { ["restricted"] = "true" }, $"/Cases/{record.Id}/Sharing");
        var manager = await factory.ApiAsync("manager");

        var managerSearch = await (await manager.GetAsync("/api/v1/cases?search=Quartermaine")).ReadAsync<JsonElement>();
        var managerByReference = await (await manager.GetAsync($"/api/v1/cases?search={record.Reference}")).ReadAsync<JsonElement>();
        var managerPeople = await (await manager.GetAsync("/api/v1/people?name=Quartermaine")).ReadAsync<JsonElement>();
        var workerSearch = await (await api.GetAsync("/api/v1/cases?search=Quartermaine")).ReadAsync<JsonElement>();
        var listed = Assert.Single(managerByReference.GetProperty("items").EnumerateArray());

        Assert.Equal(0, managerSearch.GetProperty("items").GetArrayLength());
        Assert.Equal(0, managerPeople.GetArrayLength());
        Assert.DoesNotContain("Quartermaine", listed.ToString(), StringComparison.Ordinal);
        Assert.Contains("Restricted case", listed.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, workerSearch.GetProperty("items").GetArrayLength());
    }
}
