using System.Net;
using Lantern.Core.Cases;
using Lantern.Core.People;
using Lantern.TestCommon;
using Xunit;

namespace Lantern.Web.Tests.Api;

public sealed class RelationshipApiTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private async Task<(HttpClient Worker, PersonDetail Father, PersonDetail Mother)> TwoParentsAsync()
    {
        var worker = await factory.ApiAsync("worker");
        var record = await worker.NewCaseAsync();
        var father = await worker.NewPersonAsync(record.Id, ParticipantRole.Perpetrator, "Declan", "Frost");
        var mother = await worker.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Siobhan", "Frost");
        return (worker, father, mother);
    }

    [Fact]
    public async Task Create_ThenListForEitherPerson_ContainsIt()
    {
        var (worker, father, mother) = await TwoParentsAsync();

        var response = await worker.PostJsonAsync("/api/v1/relationships", new
        {
            personId = father.Id,
            kind = RelationshipKind.Partner,
            relatedPersonId = mother.Id,
            startedOn = new DateOnly(2012, 5, 1),
        });
        var created = await response.ReadAsync<RelationshipView>(HttpStatusCode.Created);
        var readBack = await (await worker.GetAsync(response.Headers.Location!.OriginalString)).ReadAsync<RelationshipView>();
        var hers = await (await worker.GetAsync($"/api/v1/people/{mother.Id}/relationships")).ReadAsync<List<RelationshipView>>();

        Assert.Equal($"/api/v1/relationships/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(("Declan Frost", RelationshipKind.Partner, "Siobhan Frost"), (readBack.PersonName, readBack.Kind, readBack.RelatedPersonName));
        Assert.Contains(hers, r => r.Id == created.Id && r.StartedOn == new DateOnly(2012, 5, 1));
    }

    [Fact]
    public async Task Update_CurrentVersion_RecordsTheEnd()
    {
        var (worker, father, mother) = await TwoParentsAsync();
        var created = await (await worker.PostJsonAsync("/api/v1/relationships", new { personId = father.Id, kind = RelationshipKind.Partner, relatedPersonId = mother.Id }))
            .ReadAsync<RelationshipView>(HttpStatusCode.Created);

        var response = await worker.PutJsonAsync($"/api/v1/relationships/{created.Id}", new
        {
            personId = father.Id,
            kind = RelationshipKind.FormerPartner,
            relatedPersonId = mother.Id,
            endedOn = new DateOnly(2024, 1, 31),
            version = created.Version,
        });
        var updated = await response.ReadAsync<RelationshipView>();

        Assert.Equal((RelationshipKind.FormerPartner, new DateOnly(2024, 1, 31)), (updated.Kind, updated.EndedOn));
    }

    [Fact]
    public async Task Update_StaleVersion_Returns409AndKeepsTheFirstEdit()
    {
        var (worker, father, mother) = await TwoParentsAsync();
        var supervisor = await factory.ApiAsync("supervisor");
        var created = await (await worker.PostJsonAsync("/api/v1/relationships", new { personId = father.Id, kind = RelationshipKind.Partner, relatedPersonId = mother.Id }))
            .ReadAsync<RelationshipView>(HttpStatusCode.Created);
        var url = $"/api/v1/relationships/{created.Id}";

        var first = await worker.PutJsonAsync(url, new { personId = father.Id, kind = RelationshipKind.FormerPartner, relatedPersonId = mother.Id, version = created.Version });
        var second = await supervisor.PutJsonAsync(url, new { personId = father.Id, kind = RelationshipKind.Other, relatedPersonId = mother.Id, version = created.Version });
        var now = await (await worker.GetAsync(url)).ReadAsync<RelationshipView>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(RelationshipKind.FormerPartner, now.Kind);
    }

    [Fact]
    public async Task Create_PersonWithThemselves_Returns400NamingRelatedPersonId()
    {
        var (worker, father, _) = await TwoParentsAsync();

        var response = await worker.PostJsonAsync("/api/v1/relationships", new { personId = father.Id, kind = RelationshipKind.Other, relatedPersonId = father.Id });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("RelatedPersonId");
    }

    [Fact]
    public async Task Create_EndBeforeStart_Returns400NamingEndedOn()
    {
        var (worker, father, mother) = await TwoParentsAsync();

        var response = await worker.PostJsonAsync("/api/v1/relationships", new
        {
            personId = father.Id,
            kind = RelationshipKind.FormerPartner,
            relatedPersonId = mother.Id,
            startedOn = new DateOnly(2020, 1, 1),
            endedOn = new DateOnly(2019, 1, 1),
        });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("EndedOn");
    }

    [Fact]
    public async Task Create_WithAPersonOutsideScope_Returns400NamingThatPerson()
    {
        var colleague = await factory.ApiAsync("colleague");
        var record = await colleague.NewCaseAsync();
        var mine = await colleague.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Tess", "Lindqvist");
        var gavin = await factory.PersonAsync("Gavin", "Calder");

        var response = await colleague.PostJsonAsync("/api/v1/relationships", new { personId = gavin, kind = RelationshipKind.FormerPartner, relatedPersonId = mine.Id });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("PersonId");
    }

    [Fact]
    public async Task ListForPerson_OutsideScope_Returns404AndAuditsTheRefusal()
    {
        var colleague = await factory.ApiAsync("colleague");
        var morag = await factory.PersonAsync("Morag", "Calder");
        var mark = await factory.AuditMarkAsync();

        var response = await colleague.GetAsync($"/api/v1/people/{morag}/relationships");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.AssertDeniedAsync(mark, "colleague", personId: morag);
    }

    [Fact]
    public async Task Update_RelationshipOutsideScope_Returns404AndAuditsTheRefusal()
    {
        var (worker, father, mother) = await TwoParentsAsync();
        var created = await (await worker.PostJsonAsync("/api/v1/relationships", new { personId = father.Id, kind = RelationshipKind.Partner, relatedPersonId = mother.Id }))
            .ReadAsync<RelationshipView>(HttpStatusCode.Created);
        var colleague = await factory.ApiAsync("colleague");
        var mark = await factory.AuditMarkAsync();

        var response = await colleague.PutJsonAsync($"/api/v1/relationships/{created.Id}",
            new { personId = father.Id, kind = RelationshipKind.Other, relatedPersonId = mother.Id, version = created.Version });
        var unchanged = await (await worker.GetAsync($"/api/v1/relationships/{created.Id}")).ReadAsync<RelationshipView>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(RelationshipKind.Partner, unchanged.Kind);
        await factory.AssertDeniedAsync(mark, "colleague", personId: father.Id);
    }
}
