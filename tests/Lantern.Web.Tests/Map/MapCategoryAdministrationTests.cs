using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Map;

/// <summary>An agency's own map categories. Its own fixture: the changes apply to every case of the agency.</summary>
public sealed class MapCategoryAdministrationTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private Task<Guid> WelfareAgencyAsync() =>
        factory.WithSystemDbAsync(db => db.Agencies.Where(a => a.Name == DemoData.ChildWelfareAgency).Select(a => a.Id).SingleAsync());

    [Fact]
    public async Task Administrator_HidesADefaultAndAddsOwn_WorkersSeeTheChangeAndOldEntriesKeepTheirCategory()
    {
        var admin = await factory.SignedInAsync("admin");
        var worker = await factory.SignedInAsync("worker");
        var agencyId = await WelfareAgencyAsync();
        var caseId = await factory.CaseOfAsync("Calder");
        var page = $"/Admin/Agencies/{agencyId}/MapCategories";
        var mark = await factory.AuditMarkAsync();

        var hide = await admin.PostFormAsync($"{page}?handler=Hide", new() { ["key"] = "cc.isolation" }, page);
        var add = await admin.PostFormAsync($"{page}?handler=Add", new()
        {
            ["Input.Component"] = "CoerciveControl",
            ["Input.Label"] = "Threats to family abroad",
            ["Input.Hint"] = "Threats against relatives in another country.",
        }, page);
        var form = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Map/New?component=CoerciveControl", UriKind.Relative));
        var map = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Map", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, hide.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Contains("Threats to family abroad", form, StringComparison.Ordinal);
        Assert.Contains("value=\"cc.own-threats-to-family-abroad\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"cc.isolation\"", form, StringComparison.Ordinal);
        Assert.Contains("Gavin stopped Morag seeing her sister", map, StringComparison.Ordinal);
        Assert.Contains("<strong>Isolation</strong>", map, StringComparison.Ordinal);
        var rows = await factory.AuditSinceAsync(mark);
        Assert.Contains(rows, e => e.Action == AuditAction.MapCategoriesChanged && e.Detail == "hid=cc.isolation");
        Assert.Contains(rows, e => e.Action == AuditAction.MapCategoriesChanged && e.Detail == "added=cc.own-threats-to-family-abroad");

        var shown = await admin.PostFormAsync($"{page}?handler=Show", new() { ["key"] = "cc.isolation" }, page);
        var formAgain = await worker.GetStringAsync(new Uri($"/Cases/{caseId}/Map/New?component=CoerciveControl", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, shown.StatusCode);
        Assert.Contains("value=\"cc.isolation\"", formAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgencyCategoryAboutWorkerSafety_RaisesTheAlertOnTheCasePage()
    {
        var admin = await factory.SignedInAsync("admin");
        var page = $"/Admin/Agencies/{await WelfareAgencyAsync()}/MapCategories";
        var api = await factory.ApiAsync("worker");
        var record = await api.NewCaseAsync();
        await api.NewPersonAsync(record.Id, ParticipantRole.Perpetrator, "Craig", "Holroyd");
        await api.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Amy", "Holroyd");
        var worker = await factory.SignedInAsync("worker");

        var add = await admin.PostFormAsync($"{page}?handler=Add", new()
        {
            ["Input.Component"] = "CoerciveControl",
            ["Input.Label"] = "Follows staff home",
            ["Input.Hint"] = "He has followed a worker or officer after a visit.",
            ["Input.WorkerSafety"] = "true",
        }, page);
        var before = await worker.GetStringAsync(new Uri($"/Cases/{record.Id}", UriKind.Relative));
        var entry = await api.PostJsonAsync($"/api/v1/cases/{record.Id}/map/entries", new Dictionary<string, object?>
        {
            ["component"] = "CoerciveControl",
            ["categoryKey"] = "cc.own-follows-staff-home",
            ["description"] = "He waited outside the office and followed the worker to her car.",
            ["accuracy"] = "Exact",
            ["occurredOn"] = ApiSupport.Today.AddDays(-3),
            ["source"] = "PoliceReport",
        });
        var after = await worker.GetStringAsync(new Uri($"/Cases/{record.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Equal(HttpStatusCode.Created, entry.StatusCode);
        Assert.DoesNotContain("Worker safety", before, StringComparison.Ordinal);
        Assert.Contains("Worker safety: Craig Holroyd", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCategory_DuplicateOrMissingName_ShowsTheErrorAndKeepsTheInput()
    {
        var admin = await factory.SignedInAsync("admin");
        var page = $"/Admin/Agencies/{await WelfareAgencyAsync()}/MapCategories";

        var duplicate = await admin.PostFormAsync($"{page}?handler=Add", new() { ["Input.Component"] = "ChildImpact", ["Input.Label"] = "education", ["Input.Hint"] = "kept hint" }, page);
        var missing = await admin.PostFormAsync($"{page}?handler=Add", new() { ["Input.Component"] = "ChildImpact" }, page);
        var duplicateHtml = await duplicate.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("already has a category with this name", duplicateHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"kept hint\"", duplicateHtml, StringComparison.Ordinal);
        Assert.Contains("Enter the category", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("worker")]
    public async Task NonAdministrator_IsRefused(string userName)
    {
        var user = await factory.SignedInAsync(userName);

        var response = await user.GetAsync(new Uri($"/Admin/Agencies/{await WelfareAgencyAsync()}/MapCategories", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
