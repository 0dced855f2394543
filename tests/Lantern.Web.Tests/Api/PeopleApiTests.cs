using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.People;
using Lantern.TestCommon;
using Xunit;

namespace Lantern.Web.Tests.Api;

public sealed class PeopleApiTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static object UpdateBody(PersonDetail person, string? phone = null, string? address = null, bool? confidential = null) => new
    {
        person.GivenName,
        person.FamilyName,
        person.DateOfBirth,
        person.DateOfBirthAccuracy,
        phone = phone ?? person.Phone,
        address = address ?? person.Address,
        addressIsConfidential = confidential ?? person.AddressIsConfidential,
        person.Version,
    };

    [Fact]
    public async Task Create_ThenGet_ShowsTheDetailsAndTheCaseRole()
    {
        var worker = await factory.ApiAsync("worker");
        var record = await worker.NewCaseAsync();

        var response = await worker.PostJsonAsync("/api/v1/people", new
        {
            caseId = record.Id,
            role = ParticipantRole.Child,
            givenName = "Poppy",
            familyName = "Ashworth",
            dateOfBirth = new DateOnly(2019, 2, 3),
            preferredLanguage = "Polish",
            interpreterNeeded = true,
        });
        await response.ReadAsync<PersonDetail>(HttpStatusCode.Created);
        var person = await (await worker.GetAsync(response.Headers.Location!.OriginalString)).ReadAsync<PersonDetail>();

        Assert.Equal("Poppy Ashworth", person.FullName);
        Assert.Equal(new DateOnly(2019, 2, 3), person.DateOfBirth);
        Assert.Equal(DateOfBirthAccuracy.Exact, person.DateOfBirthAccuracy);
        Assert.True(person.InterpreterNeeded);
        var inCase = Assert.Single(person.Cases);
        Assert.Equal((record.Id, ParticipantRole.Child), (inCase.CaseId, inCase.Role));
    }

    [Fact]
    public async Task Search_ByPartOfTheName_FindsTheNewPerson()
    {
        var worker = await factory.ApiAsync("worker");
        var record = await worker.NewCaseAsync();
        var person = await worker.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Marguerite", "Quillfeather");

        var found = await (await worker.GetAsync("/api/v1/people?name=quillfeat")).ReadAsync<List<PersonSummary>>();

        Assert.Equal(person.Id, Assert.Single(found).Id);
    }

    [Fact]
    public async Task Search_ColleagueInAnotherTeam_DoesNotFindTeamAFamilies()
    {
        var colleague = await factory.ApiAsync("colleague");

        var found = await (await colleague.GetAsync("/api/v1/people?name=Calder")).ReadAsync<List<PersonSummary>>();

        Assert.Empty(found);
    }

    [Fact]
    public async Task Update_CurrentVersion_SavesTheChange()
    {
        var worker = await factory.ApiAsync("worker");
        var record = await worker.NewCaseAsync();
        var person = await worker.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Nina", "Castell");

        var response = await worker.PutJsonAsync($"/api/v1/people/{person.Id}", UpdateBody(person, phone: "01632 960123"));
        var updated = await response.ReadAsync<PersonDetail>();
        var readBack = await (await worker.GetAsync($"/api/v1/people/{person.Id}")).ReadAsync<PersonDetail>();

        Assert.Equal("01632 960123", readBack.Phone);
        Assert.Equal(updated.Version, readBack.Version);
        Assert.NotEqual(person.Version, readBack.Version);
    }

    [Fact]
    public async Task Update_StaleVersion_Returns409AndKeepsTheFirstEdit()
    {
        var worker = await factory.ApiAsync("worker");
        var supervisor = await factory.ApiAsync("supervisor");
        var record = await worker.NewCaseAsync();
        var person = await worker.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Rhian", "Pryce");

        var first = await worker.PutJsonAsync($"/api/v1/people/{person.Id}", UpdateBody(person, phone: "01632 960001"));
        var second = await supervisor.PutJsonAsync($"/api/v1/people/{person.Id}", UpdateBody(person, phone: "01632 960002"));
        var readBack = await (await worker.GetAsync($"/api/v1/people/{person.Id}")).ReadAsync<PersonDetail>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("01632 960001", readBack.Phone);
    }

    [Fact]
    public async Task Get_PartnerAgencyAsksForThePerpetratorInAnUnsharedFamily_Returns404AndAuditsTheRefusal()
    {
        var advocate = await factory.ApiAsync("advocate");
        var gavin = await factory.PersonAsync("Darren", "Whitlock");
        var mark = await factory.AuditMarkAsync();

        var response = await advocate.GetAsync($"/api/v1/people/{gavin}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.AssertDeniedAsync(mark, "advocate", personId: gavin);
    }

    [Fact]
    public async Task Create_InCaseOutsideScope_Returns400NamingCaseIdAndAuditsTheRefusal()
    {
        var colleague = await factory.ApiAsync("colleague");
        var calder = await factory.CaseOfAsync("Calder");
        var mark = await factory.AuditMarkAsync();

        var response = await colleague.PostJsonAsync("/api/v1/people", new { caseId = calder, role = ParticipantRole.Other, givenName = "A", familyName = "B" });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("CaseId");
        await factory.AssertDeniedAsync(mark, "colleague", caseId: calder);
    }

    [Fact]
    public async Task Get_ManagerWithoutPermissionAsksForConfidentialAddress_GetsNoAddress()
    {
        var manager = await factory.ApiAsync("manager");
        var record = await (await factory.ApiAsync("worker")).NewCaseAsync();
        var (personId, canary) = await factory.AddCanaryPersonAsync(record.Id);
        var mark = await factory.AuditMarkAsync();

        var response = await manager.GetAsync($"/api/v1/people/{personId}?includeConfidentialAddress=true");
        var body = await response.Content.ReadAsStringAsync();
        var person = await response.ReadAsync<PersonDetail>();

        Assert.DoesNotContain(canary, body, StringComparison.OrdinalIgnoreCase);
        Assert.Null(person.Address);
        Assert.True(person.AddressIsConfidential);
        Assert.Equal(AddressVisibility.Withheld, person.AddressVisibility);
        Assert.DoesNotContain(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.ConfidentialAddressViewed);
    }

    [Fact]
    public async Task Get_PermittedWorkerAsksForConfidentialAddress_GetsItAndTheViewIsAudited()
    {
        var worker = await factory.ApiAsync("worker");
        var (personId, canary) = await factory.AddCanaryPersonAsync((await worker.NewCaseAsync()).Id);
        var workerId = await factory.UserIdAsync("worker");
        var mark = await factory.AuditMarkAsync();

        var person = await (await worker.GetAsync($"/api/v1/people/{personId}?includeConfidentialAddress=true")).ReadAsync<PersonDetail>();

        Assert.Contains(canary, person.Address, StringComparison.Ordinal);
        Assert.Equal(AddressVisibility.Revealed, person.AddressVisibility);
        Assert.Contains(await factory.AuditSinceAsync(mark),
            e => e.Action == AuditAction.ConfidentialAddressViewed && e.PersonId == personId && e.UserId == workerId);
    }

    [Fact]
    public async Task Get_PermittedWorkerWithoutAsking_GetsNoAddressAndNoAuditedView()
    {
        var worker = await factory.ApiAsync("worker");
        var (personId, canary) = await factory.AddCanaryPersonAsync((await worker.NewCaseAsync()).Id);
        var mark = await factory.AuditMarkAsync();

        var response = await worker.GetAsync($"/api/v1/people/{personId}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(canary, body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("HiddenCanReveal", body, StringComparison.Ordinal);
        Assert.DoesNotContain(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.ConfidentialAddressViewed);
    }

    [Fact]
    public async Task Update_PermittedWorkerSendsBackWhatTheyReadWithoutRevealing_KeepsTheConfidentialAddress()
    {
        var worker = await factory.ApiAsync("worker");
        var record = await worker.NewCaseAsync();
        var created = await worker.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Hana", "Voss", address: "Safe House 7, Hidden Lane", addressIsConfidential: true);
        var read = await (await worker.GetAsync($"/api/v1/people/{created.Id}")).ReadAsync<PersonDetail>();

        var response = await worker.PutJsonAsync($"/api/v1/people/{created.Id}", UpdateBody(read, phone: "01632 960555"));
        var revealed = await (await worker.GetAsync($"/api/v1/people/{created.Id}?includeConfidentialAddress=true")).ReadAsync<PersonDetail>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(read.Address);
        Assert.Equal("Safe House 7, Hidden Lane", revealed.Address);
        Assert.Equal("01632 960555", revealed.Phone);
    }

    [Fact]
    public async Task Update_ManagerWithoutPermissionSendsAnAddress_LeavesTheConfidentialAddressAlone()
    {
        var worker = await factory.ApiAsync("worker");
        var manager = await factory.ApiAsync("manager");
        var record = await worker.NewCaseAsync();
        var created = await worker.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Ines", "Rocha", address: "Refuge 3, Quiet Street", addressIsConfidential: true);
        var read = await (await manager.GetAsync($"/api/v1/people/{created.Id}")).ReadAsync<PersonDetail>();

        var response = await manager.PutJsonAsync($"/api/v1/people/{created.Id}", UpdateBody(read, address: "1 Somewhere Else", confidential: false));
        var revealed = await (await worker.GetAsync($"/api/v1/people/{created.Id}?includeConfidentialAddress=true")).ReadAsync<PersonDetail>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Refuge 3, Quiet Street", revealed.Address);
        Assert.True(revealed.AddressIsConfidential);
    }
}
