using System.Net;
using System.Text.Json;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Map;

public sealed class MapApiTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static readonly string[] ComponentKeys = ["coerciveControl", "harmToChild", "protectiveEfforts", "childImpact", "intersectingFactors"];

    /// <summary>A new case with one perpetrator, one survivor and one child, so that tests change their own map.</summary>
    private static async Task<(HttpClient Client, Guid CaseId, Guid Him, Guid Her, Guid Child)> FamilyAsync(LanternFactory factory)
    {
        var worker = await factory.ApiAsync("worker");
        var record = await worker.NewCaseAsync();
        var him = await worker.NewPersonAsync(record.Id, ParticipantRole.Perpetrator, "Lee", "Parkin");
        var her = await worker.NewPersonAsync(record.Id, ParticipantRole.Survivor, "Dana", "Parkin");
        var child = await worker.NewPersonAsync(record.Id, ParticipantRole.Child, "Sam", "Parkin");
        return (worker, record.Id, him.Id, her.Id, child.Id);
    }

    private static Dictionary<string, object?> Behaviour(string category = "cc.threats", string source = "PoliceReport") => new()
    {
        ["component"] = "CoerciveControl",
        ["categoryKey"] = category,
        ["description"] = "He threatened to kill her if she told anyone about the money.",
        ["accuracy"] = "Exact",
        ["occurredOn"] = ApiSupport.Today.AddDays(-30),
        ["source"] = source,
    };

    private static async Task<JsonElement> MapAsync(HttpClient client, Guid caseId) =>
        await (await client.GetAsync($"/api/v1/cases/{caseId}/map")).ReadAsync<JsonElement>();

    private static IEnumerable<string> GapRules(JsonElement map) => map.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("ruleId").GetString()!);

    [Fact]
    public async Task GetMap_DemonstrationFamily_ReturnsTheFiveComponentsWithEntriesAndNoGaps()
    {
        var worker = await factory.ApiAsync("worker");
        var caseId = await factory.CaseOfAsync("Calder");
        var mark = await factory.AuditMarkAsync();

        var map = await MapAsync(worker, caseId);

        foreach (var key in ComponentKeys)
        {
            Assert.True(map.GetProperty(key).GetProperty("entries").GetArrayLength() > 0, $"{key} has no entries");
        }

        Assert.Equal(0, map.GetProperty("gaps").GetArrayLength());
        var economic = map.GetProperty("coerciveControl").GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("category").GetProperty("key").GetString() == "cc.economic-abuse");
        Assert.Contains("disability benefit", economic.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.MapViewed && e.CaseId == caseId);
    }

    [Fact]
    public async Task GetMap_HalfMappedFamily_NamesTheGapsWithRuleIdsAndMessages()
    {
        var worker = await factory.ApiAsync("worker");
        var caseId = await factory.CaseOfAsync("Burns");

        var map = await MapAsync(worker, caseId);
        var gaps = map.GetProperty("gaps").EnumerateArray().ToList();

        Assert.Contains(gaps, g => g.GetProperty("ruleId").GetString() == "coercive-control-uncorroborated"
            && g.GetProperty("message").GetString()!.Contains("Darren Whitlock", StringComparison.Ordinal));
        Assert.Contains(gaps, g => g.GetProperty("ruleId").GetString() == "factors-double-standard");
        Assert.Contains(gaps, g => g.GetProperty("ruleId").GetString() == "child-without-impact");
        var elsewhere = Assert.Single(map.GetProperty("elsewhere").EnumerateArray().ToList());
        Assert.Equal(4, elsewhere.GetProperty("fromEarlierRelationships").GetInt32());
    }

    [Fact]
    public async Task AddProtectiveEffort_FillsTheGapAndDefaultsToTheSurvivor()
    {
        var (worker, caseId, _, her, child) = await FamilyAsync(factory);
        Assert.Contains("component-empty", GapRules(await MapAsync(worker, caseId)));
        var before = (await MapAsync(worker, caseId)).GetProperty("gaps").EnumerateArray()
            .Count(g => g.GetProperty("ruleId").GetString() == "component-empty");

        var response = await worker.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", new Dictionary<string, object?>
        {
            ["component"] = "ProtectiveEfforts",
            ["categoryKey"] = "pe.safety",
            ["description"] = "She took the children to her sister's and called the police.",
            ["accuracy"] = "Approximate",
            ["occurredOn"] = ApiSupport.Today.AddMonths(-2),
            ["source"] = "SurvivorInterview",
            ["childIds"] = new[] { child },
        });
        var created = await response.ReadAsync<JsonElement>(HttpStatusCode.Created);
        var after = await MapAsync(worker, caseId);

        Assert.Equal($"/api/v1/map-entries/{created.GetProperty("id").GetGuid()}", response.Headers.Location!.OriginalString);
        Assert.Equal(her, created.GetProperty("adultId").GetGuid());
        Assert.Equal("Northgate Children's Services", created.GetProperty("contributedBy").GetString());
        Assert.Equal(1, after.GetProperty("protectiveEfforts").GetProperty("entries").GetArrayLength());
        Assert.Equal(before - 1, after.GetProperty("gaps").EnumerateArray().Count(g => g.GetProperty("ruleId").GetString() == "component-empty"));
    }

    [Fact]
    public async Task AddBehaviour_DefaultsToTheOnlyPerpetrator_AndCorroborationClearsTheGap()
    {
        var (worker, caseId, him, _, _) = await FamilyAsync(factory);

        var fromHer = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", Behaviour(source: "SurvivorInterview")))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var uncorroborated = GapRules(await MapAsync(worker, caseId)).ToList();
        await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", Behaviour("cc.property-damage", "PoliceReport")))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var corroborated = GapRules(await MapAsync(worker, caseId)).ToList();

        Assert.Equal(him, fromHer.GetProperty("perpetratorId").GetGuid());
        Assert.Contains("coercive-control-uncorroborated", uncorroborated);
        Assert.DoesNotContain("coercive-control-uncorroborated", corroborated);
    }

    [Theory]
    [InlineData("categoryKey", "cc.no-such-thing")]
    [InlineData("categoryKey", "pe.safety")]
    [InlineData("description", "")]
    [InlineData("occurredOn", null)]
    [InlineData("source", null)]
    public async Task Add_BadField_Answers400NamingIt(string field, string? value)
    {
        var (worker, caseId, _, _, _) = await FamilyAsync(factory);
        var body = Behaviour();
        body[field] = value;

        var response = await worker.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", body);

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField(field);
    }

    [Fact]
    public async Task Add_PeopleFromAnotherCase_Answers400()
    {
        var (worker, caseId, _, _, _) = await FamilyAsync(factory);
        var gavin = await factory.PersonAsync("Gavin", "Calder");
        var rory = await factory.PersonAsync("Rory", "Calder");
        var body = Behaviour();
        body["perpetratorId"] = gavin;
        body["childIds"] = new[] { rory };

        var problem = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", body)).ProblemAsync(HttpStatusCode.BadRequest);

        problem.AssertNamesField("perpetratorId");
        problem.AssertNamesField("childIds");
    }

    [Fact]
    public async Task Add_FutureDateOrImpactWithoutChild_Answers400()
    {
        var (worker, caseId, _, _, _) = await FamilyAsync(factory);
        var future = Behaviour();
        future["occurredOn"] = ApiSupport.Today.AddDays(3);
        var impact = new Dictionary<string, object?>(Behaviour()) { ["component"] = "ChildImpact", ["categoryKey"] = "ci.education" };

        (await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", future)).ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("occurredOn");
        (await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", impact)).ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("childIds");
    }

    [Fact]
    public async Task Update_StaleVersion_Answers409AndKeepsTheFirstEdit()
    {
        var (worker, caseId, _, _, _) = await FamilyAsync(factory);
        var created = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", Behaviour())).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetUInt32();
        var first = Behaviour();
        first["description"] = "First edit: he threatened her in front of the children.";
        first["version"] = version;
        var second = Behaviour();
        second["description"] = "Second edit, from a stale page.";
        second["version"] = version;

        await (await worker.PutJsonAsync($"/api/v1/map-entries/{id}", first)).ReadAsync<JsonElement>();
        await (await worker.PutJsonAsync($"/api/v1/map-entries/{id}", second)).ProblemAsync(HttpStatusCode.Conflict);
        var now = await (await worker.GetAsync($"/api/v1/map-entries/{id}")).ReadAsync<JsonElement>();

        Assert.Equal("First edit: he threatened her in front of the children.", now.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Delete_NeedsTheVersion_ThenTakesTheEntryOffTheMap()
    {
        var (worker, caseId, _, _, _) = await FamilyAsync(factory);
        var created = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", Behaviour())).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var mark = await factory.AuditMarkAsync();

        (await (await worker.SendRawAsync(HttpMethod.Delete, $"/api/v1/map-entries/{id}", null)).ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField("version");
        var deleted = await worker.SendRawAsync(HttpMethod.Delete, $"/api/v1/map-entries/{id}?version={created.GetProperty("version").GetUInt32()}", null);
        var map = await MapAsync(worker, caseId);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/v1/map-entries/{id}")).StatusCode);
        Assert.Equal(0, map.GetProperty("coerciveControl").GetProperty("entries").GetArrayLength());
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.MapEntryRemoved && e.SubjectId == id);
    }

    [Fact]
    public async Task OtherTeamsCase_EveryMapRouteAnswers404AndIsAudited()
    {
        var worker = await factory.ApiAsync("worker");
        var colleague = await factory.ApiAsync("colleague");
        var caseId = await factory.TeamBCaseAsync();
        var theirs = await factory.WithSystemDbAsync(db => db.Participants.Where(p => p.CaseId == caseId && p.Role == ParticipantRole.Perpetrator).Select(p => p.PersonId).FirstAsync());
        var entry = await (await colleague.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", Behaviour())).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var entryId = entry.GetProperty("id").GetGuid();
        var mark = await factory.AuditMarkAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/v1/cases/{caseId}/map")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", Behaviour())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/v1/map-entries/{entryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PutJsonAsync($"/api/v1/map-entries/{entryId}", new Dictionary<string, object?>(Behaviour()) { ["version"] = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.SendRawAsync(HttpMethod.Delete, $"/api/v1/map-entries/{entryId}?version=0", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/v1/people/{theirs}/pattern")).StatusCode);
        await factory.AssertDeniedAsync(mark, "worker", caseId: caseId);
        var unchanged = await (await colleague.GetAsync($"/api/v1/map-entries/{entryId}")).ReadAsync<JsonElement>();
        Assert.Equal(entry.GetProperty("description").GetString(), unchanged.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Reviewer_ReadsTheMapButCannotAddToIt()
    {
        var reviewer = await factory.ApiAsync("reviewer");
        var caseId = await factory.CaseOfAsync("Calder");

        var read = await reviewer.GetAsync($"/api/v1/cases/{caseId}/map");
        var write = await reviewer.PostJsonAsync($"/api/v1/cases/{caseId}/map/entries", Behaviour());

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task Pattern_FollowsHimIntoHisEarlierFamily()
    {
        var worker = await factory.ApiAsync("worker");
        var darren = await factory.PersonAsync("Darren", "Whitlock");
        var mark = await factory.AuditMarkAsync();

        var pattern = await (await worker.GetAsync($"/api/v1/people/{darren}/pattern")).ReadAsync<JsonElement>();
        var cases = pattern.GetProperty("cases").EnumerateArray().ToList();

        Assert.Equal(2, cases.Count);
        var earlier = Assert.Single(cases, c => c.GetProperty("isEarlierRelationship").GetBoolean());
        Assert.Contains("Jade Moss", earlier.GetProperty("partners").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(pattern.GetProperty("entries").EnumerateArray(), e => e.GetProperty("category").GetProperty("key").GetString() == "cc.strangulation");
        Assert.Contains(await factory.AuditSinceAsync(mark), e => e.Action == AuditAction.PatternViewed && e.PersonId == darren);
    }
}
