using System.Net;
using Lantern.Core.Cases;
using Lantern.TestCommon;
using Xunit;

namespace Lantern.Web.Tests.Api;

public sealed class ParticipantApiTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [Fact]
    public async Task Add_PersonFromAnotherCase_AppearsInTheListInTheRole()
    {
        var worker = await factory.ApiAsync("worker");
        var first = await worker.NewCaseAsync();
        var second = await worker.NewCaseAsync();
        var person = await worker.NewPersonAsync(first.Id, ParticipantRole.Perpetrator, "Carl", "Brennan");

        var response = await worker.PostJsonAsync($"/api/v1/cases/{second.Id}/participants", new { personId = person.Id, role = ParticipantRole.Perpetrator });
        var added = await response.ReadAsync<ParticipantView>(HttpStatusCode.Created);
        var readBack = await (await worker.GetAsync(response.Headers.Location!.OriginalString)).ReadAsync<ParticipantView>();
        var list = await (await worker.GetAsync($"/api/v1/cases/{second.Id}/participants")).ReadAsync<List<ParticipantView>>();

        Assert.Equal($"/api/v1/cases/{second.Id}/participants/{added.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Carl Brennan", readBack.Name);
        Assert.Contains(list, p => p.PersonId == person.Id && p.Role == ParticipantRole.Perpetrator);
    }

    [Fact]
    public async Task Add_PersonAlreadyInTheCase_Returns400NamingPersonId()
    {
        var worker = await factory.ApiAsync("worker");
        var record = await worker.NewCaseAsync();
        var person = await worker.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Erin", "Doyle");

        var response = await worker.PostJsonAsync($"/api/v1/cases/{record.Id}/participants", new { personId = person.Id, role = ParticipantRole.Other });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("PersonId");
    }

    [Fact]
    public async Task ChangeRole_CurrentVersion_SavesTheNewRole()
    {
        var worker = await factory.ApiAsync("worker");
        var record = await worker.NewCaseAsync();
        var person = await worker.NewPersonAsync(record.Id, ParticipantRole.Other, "Sam", "Okafor");
        var participant = (await (await worker.GetAsync($"/api/v1/cases/{record.Id}/participants")).ReadAsync<List<ParticipantView>>())
            .Single(p => p.PersonId == person.Id);

        var response = await worker.PutJsonAsync($"/api/v1/cases/{record.Id}/participants/{participant.Id}",
            new { personId = person.Id, role = ParticipantRole.OtherCaregiver, version = participant.Version });
        var changed = await response.ReadAsync<ParticipantView>();

        Assert.Equal(ParticipantRole.OtherCaregiver, changed.Role);
        Assert.NotEqual(participant.Version, changed.Version);
    }

    [Fact]
    public async Task ChangeRole_StaleVersion_Returns409AndKeepsTheFirstEdit()
    {
        var worker = await factory.ApiAsync("worker");
        var supervisor = await factory.ApiAsync("supervisor");
        var record = await worker.NewCaseAsync();
        var person = await worker.NewPersonAsync(record.Id, ParticipantRole.Other, "Jo", "Marlow");
        var participant = (await (await worker.GetAsync($"/api/v1/cases/{record.Id}/participants")).ReadAsync<List<ParticipantView>>())
            .Single(p => p.PersonId == person.Id);
        var url = $"/api/v1/cases/{record.Id}/participants/{participant.Id}";

        var first = await worker.PutJsonAsync(url, new { personId = person.Id, role = ParticipantRole.Survivor, version = participant.Version });
        var second = await supervisor.PutJsonAsync(url, new { personId = person.Id, role = ParticipantRole.OtherCaregiver, version = participant.Version });
        var now = await (await worker.GetAsync(url)).ReadAsync<ParticipantView>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(ParticipantRole.Survivor, now.Role);
    }

    [Fact]
    public async Task ChangeRole_NoVersion_Returns400NamingVersion()
    {
        var worker = await factory.ApiAsync("worker");
        var record = await worker.NewCaseAsync();
        var person = await worker.NewPersonAsync(record.Id, ParticipantRole.Other, "Lee", "Hart");
        var participant = (await (await worker.GetAsync($"/api/v1/cases/{record.Id}/participants")).ReadAsync<List<ParticipantView>>())
            .Single(p => p.PersonId == person.Id);

        var response = await worker.PutJsonAsync($"/api/v1/cases/{record.Id}/participants/{participant.Id}", new { personId = person.Id, role = ParticipantRole.Survivor });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("Version");
    }

    [Fact]
    public async Task List_CaseOfAnotherTeam_Returns404AndAuditsTheRefusal()
    {
        var worker = await factory.ApiAsync("worker");
        var teamBCase = await factory.TeamBCaseAsync();
        var mark = await factory.AuditMarkAsync();

        var response = await worker.GetAsync($"/api/v1/cases/{teamBCase}/participants");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.AssertDeniedAsync(mark, "worker", caseId: teamBCase);
    }

    [Fact]
    public async Task Add_ToCaseOutsideScope_Returns404AndAuditsTheRefusal()
    {
        var colleague = await factory.ApiAsync("colleague");
        var calder = await factory.CaseOfAsync("Calder");
        var someone = await factory.PersonAsync("Morag", "Calder");
        var mark = await factory.AuditMarkAsync();

        var response = await colleague.PostJsonAsync($"/api/v1/cases/{calder}/participants", new { personId = someone, role = ParticipantRole.Other });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.AssertDeniedAsync(mark, "colleague", caseId: calder);
    }

    [Fact]
    public async Task ChangeRole_WrongParticipantOnOwnCase_Returns404WithoutRecordingARefusal()
    {
        var worker = await factory.ApiAsync("worker");
        var record = await worker.NewCaseAsync();
        var mark = await factory.AuditMarkAsync();

        var response = await worker.PutJsonAsync($"/api/v1/cases/{record.Id}/participants/{Guid.NewGuid()}", new { personId = Guid.NewGuid(), role = ParticipantRole.Other, version = 0 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(await factory.AuditSinceAsync(mark), e => e.Outcome == Core.Audit.AuditOutcome.Denied);
    }
}
