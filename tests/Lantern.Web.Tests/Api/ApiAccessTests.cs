using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.People;
using Lantern.TestCommon;
using Xunit;

namespace Lantern.Web.Tests.Api;

/// <summary>Who may call the API at all (policy), and what a caller may do to a record they can see (the services).</summary>
public sealed class ApiAccessTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/v1/cases" },
        { "GET", $"/api/v1/cases/{Guid.NewGuid()}/participants" },
        { "POST", $"/api/v1/cases/{Guid.NewGuid()}/participants" },
        { "GET", "/api/v1/people?name=Calder" },
        { "GET", $"/api/v1/people/{Guid.NewGuid()}" },
        { "POST", "/api/v1/people" },
        { "PUT", $"/api/v1/people/{Guid.NewGuid()}" },
        { "GET", $"/api/v1/people/{Guid.NewGuid()}/relationships" },
        { "POST", "/api/v1/relationships" },
        { "GET", $"/api/v1/cases/{Guid.NewGuid()}/intakes" },
        { "POST", "/api/v1/intakes" },
        { "GET", $"/api/v1/intakes/{Guid.NewGuid()}" },
        { "POST", $"/api/v1/intakes/{Guid.NewGuid()}/complete" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AnyRoute_Anonymous_Returns401(string method, string url)
    {
        var anonymous = factory.CreateClient();

        var response = await anonymous.SendRawAsync(new HttpMethod(method), url, method == "GET" ? null : "{}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetCases_SignedInWithACookieOnly_Returns401()
    {
        var browser = await factory.SignedInAsync("worker");

        var response = await browser.GetAsync("/api/v1/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetCase_Administrator_Returns403FromThePolicyAndAuditsTheRefusal()
    {
        var admin = await factory.ApiAsync("admin");
        var calder = await factory.CaseOfAsync("Calder");
        var adminId = await factory.UserIdAsync("admin");
        var mark = await factory.AuditMarkAsync();

        var response = await admin.GetAsync($"/api/v1/cases/{calder}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Calder", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.AccessDenied && e.Outcome == AuditOutcome.Denied
            && e.UserId == adminId && e.Detail == "endpoint=/api/v1/cases/{id}");
    }

    [Theory]
    [InlineData("colleague")]
    [InlineData("advocate")]
    [InlineData("teacher")]
    public async Task GetCase_UnsharedFamilyOutsideTheCallersScope_Returns404AndAuditsTheRefusal(string userName)
    {
        var client = await factory.ApiAsync(userName);
        var calder = await factory.CaseOfAsync("Burns");
        var mark = await factory.AuditMarkAsync();

        var response = await client.GetAsync($"/api/v1/cases/{calder}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.AssertDeniedAsync(mark, userName, caseId: calder);
    }

    [Fact]
    public async Task GetCase_WorkerAsksForATeamBCase_Returns404AndAuditsTheRefusal()
    {
        var worker = await factory.ApiAsync("worker");
        var teamBCase = await factory.TeamBCaseAsync();
        var mark = await factory.AuditMarkAsync();

        var response = await worker.GetAsync($"/api/v1/cases/{teamBCase}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.AssertDeniedAsync(mark, "worker", caseId: teamBCase);
    }

    [Fact]
    public async Task GetCase_UnknownId_Returns404WithoutARefusalRowOrAnHtmlPage()
    {
        var worker = await factory.ApiAsync("worker");
        var mark = await factory.AuditMarkAsync();

        var response = await worker.GetAsync($"/api/v1/cases/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(await factory.AuditSinceAsync(mark), e => e.Outcome == AuditOutcome.Denied);
    }

    [Fact]
    public async Task Writes_Reviewer_Return403ProblemAndChangeNothing()
    {
        var worker = await factory.ApiAsync("worker");
        var reviewer = await factory.ApiAsync("reviewer");
        var record = await worker.NewCaseAsync();
        var person = await worker.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Orla", "Kinsella");
        var read = await (await reviewer.GetAsync($"/api/v1/people/{person.Id}")).ReadAsync<PersonDetail>();
        var participant = (await (await reviewer.GetAsync($"/api/v1/cases/{record.Id}/participants")).ReadAsync<List<ParticipantView>>()).Single();

        var responses = new[]
        {
            await reviewer.PutJsonAsync($"/api/v1/people/{person.Id}", new { givenName = "Changed", familyName = "Kinsella", version = read.Version }),
            await reviewer.PostJsonAsync("/api/v1/people", new { caseId = record.Id, role = ParticipantRole.Child, givenName = "New", familyName = "Child" }),
            await reviewer.PutJsonAsync($"/api/v1/cases/{record.Id}/participants/{participant.Id}",
                new { personId = person.Id, role = ParticipantRole.Other, version = participant.Version }),
            await reviewer.PostJsonAsync($"/api/v1/cases/{record.Id}/intakes", ApiSupport.IntakeBody()),
            await reviewer.PostJsonAsync("/api/v1/intakes", ApiSupport.IntakeBody()),
            await reviewer.PostJsonAsync("/api/v1/relationships", new { personId = person.Id, kind = RelationshipKind.Other, relatedPersonId = person.Id }),
        };
        var after = await (await worker.GetAsync($"/api/v1/cases/{record.Id}")).ReadAsync<CaseDetail>();

        foreach (var response in responses)
        {
            await response.ProblemAsync(HttpStatusCode.Forbidden);
        }

        Assert.Equal("Orla Kinsella", Assert.Single(after.Participants).Name);
        Assert.Equal(ParticipantRole.Survivor, after.Participants[0].Role);
        Assert.Empty(after.Intakes);
    }
}
