using System.Net;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Audit;

public sealed class AuditPageTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [Fact]
    public async Task CasePage_ReadByAWorker_WritesACaseViewedEventWithWhoAndWhen()
    {
        var caseId = await factory.CaseOfAsync("Calder");
        var worker = await factory.SignedInAsync("worker");

        var response = await worker.GetAsync(new Uri($"/Cases/{caseId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var viewed = await factory.WithSystemDbAsync(db => db.AuditEvents.Where(e => e.CaseId == caseId && e.Action == AuditAction.CaseViewed).ToListAsync());
        var row = Assert.Single(viewed);
        var workerId = await factory.WithSystemDbAsync(db => db.Users.Where(u => u.UserName == "worker").Select(u => u.Id).SingleAsync());
        Assert.Equal(workerId, row.UserId);
        Assert.Equal("Practitioner", row.Role);
        Assert.Equal(AuditOutcome.Succeeded, row.Outcome);
    }

    [Fact]
    public async Task AuditPage_Manager_SeesHerAgencysEventsOnly()
    {
        var advocate = await factory.SignedInAsync("advocate");
        await advocate.GetAsync(new Uri("/", UriKind.Relative));
        var advocateId = await factory.WithSystemDbAsync(db => db.Users.Where(u => u.UserName == "advocate").Select(u => u.Id).SingleAsync());
        var manager = await factory.SignedInAsync("manager");

        var html = await manager.GetStringAsync(new Uri("/Audit", UriKind.Relative));

        Assert.Contains("CaseListed", html.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(advocateId.ToString(), html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("advocate", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_Practitioner_IsRefused()
    {
        var worker = await factory.SignedInAsync("worker");

        var response = await worker.GetAsync(new Uri("/Audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
