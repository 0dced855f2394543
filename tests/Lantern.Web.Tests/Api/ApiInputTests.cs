using System.Net;
using System.Text;
using Lantern.Core.Cases;
using Lantern.Core.Intakes;
using Lantern.Core.People;
using Lantern.TestCommon;
using Xunit;

namespace Lantern.Web.Tests.Api;

/// <summary>What a client can get wrong: each mistake is a 4xx problem naming what to fix, and nothing a client sends is a 500.</summary>
public sealed class ApiInputTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static readonly string LongName = new('x', 101);

    public static TheoryData<string, string, string, string> BadBodies => new()
    {
        // method, url ({case} is replaced by a case of the worker's), body, the field the problem must name
        { "POST", "/api/v1/people", """{ "caseId": "{case}", "role": "Child" }""", "GivenName" },
        { "POST", "/api/v1/people", """{ "caseId": "{case}", "givenName": "Al", "familyName": "Fox" }""", "Role" },
        { "POST", "/api/v1/people", """{ "caseId": "{case}", "role": "Wizard", "givenName": "Al", "familyName": "Fox" }""", "role" },
        { "POST", "/api/v1/people", """{ "caseId": "{case}", "role": 42, "givenName": "Al", "familyName": "Fox" }""", "Role" },
        { "POST", "/api/v1/people", $$"""{ "caseId": "{case}", "role": "Child", "givenName": "{{LongName}}", "familyName": "Fox" }""", "GivenName" },
        { "POST", "/api/v1/people", """{ "caseId": "{case}", "role": "Child", "givenName": "Al", "familyName": "Fox", "email": "not an email" }""", "Email" },
        { "POST", "/api/v1/people", """{ "caseId": "not-a-guid", "role": "Child", "givenName": "Al", "familyName": "Fox" }""", "caseId" },
        { "POST", "/api/v1/people", """{ "caseId": "{case}", "role": "Child", "givenName": "Al\u0000", "familyName": "Fox" }""", "GivenName" },
        { "POST", "/api/v1/people", """{ "caseId": "{case}", "role": "Child", "givenName": "Al", "familyName": "Fox", "dateOfBirth": "31/12/2019" }""", "dateOfBirth" },
        { "POST", "/api/v1/people", """{ "caseId": "{case}", "role": "Child", "givenName": """, "givenName" },
        { "POST", "/api/v1/cases/{case}/intakes", """{ "source": "School", "narrative": "Concern." }""", "ReceivedOn" },
        { "POST", "/api/v1/cases/{case}/intakes", """{ "source": "Pigeon", "receivedOn": "2024-01-01", "narrative": "Concern." }""", "source" },
        { "POST", "/api/v1/cases/{case}/intakes", """{ "source": "School", "receivedOn": "{future}", "narrative": "Concern." }""", "ReceivedOn" },
        { "POST", "/api/v1/intakes", """{ "source": "School", "receivedOn": "{future}", "narrative": "Concern." }""", "ReceivedOn" },
        { "POST", "/api/v1/intakes", """{ "source": "School", "receivedOn": "2024-01-01", "narrative": "Concern.", "screeningOutcome": 17 }""", "ScreeningOutcome" },
        { "POST", "/api/v1/relationships", """{ "kind": "Partner" }""", "PersonId" },
        { "POST", "/api/v1/relationships", """{ "personId": "{case}", "kind": "Rival", "relatedPersonId": "{case}" }""", "kind" },
        { "POST", "/api/v1/cases/{case}/participants", """{ "role": "Child" }""", "PersonId" },
        { "PUT", "/api/v1/cases/{case}", """{ "status": "Open", "presentingConcerns": "Still worried." }""", "Version" },
    };

    private async Task<(HttpClient Worker, Guid CaseId)> WorkerWithCaseAsync()
    {
        var worker = await factory.ApiAsync("worker");
        return (worker, (await worker.NewCaseAsync()).Id);
    }

    private static string Fill(string text, Guid caseId) =>
        text.Replace("{case}", caseId.ToString(), StringComparison.Ordinal)
            .Replace("{future}", ApiSupport.Today.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Write_BadBody_Returns400NamingTheField(string method, string url, string body, string field)
    {
        var (worker, caseId) = await WorkerWithCaseAsync();

        var response = await worker.SendRawAsync(new HttpMethod(method), Fill(url, caseId), Fill(body, caseId));

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AssertNamesField(field);
    }

    [Theory]
    [InlineData("GET", "/api/v1/cases/not-a-guid", "id")]
    [InlineData("GET", "/api/v1/cases/12345/participants", "caseId")]
    [InlineData("PUT", "/api/v1/cases/{case}/participants/nope", "participantId")]
    [InlineData("GET", "/api/v1/people/not-a-guid", "id")]
    [InlineData("GET", "/api/v1/people/not-a-guid/relationships", "id")]
    [InlineData("PUT", "/api/v1/relationships/zzz", "id")]
    [InlineData("GET", "/api/v1/intakes/1", "id")]
    [InlineData("POST", "/api/v1/intakes/1/complete", "id")]
    [InlineData("GET", "/api/v1/people/{case}?includeConfidentialAddress=please", "includeConfidentialAddress")]
    [InlineData("GET", "/api/v1/people?take=many", "take")]
    public async Task Request_BadRouteOrQueryValue_Returns400NamingTheParameter(string method, string url, string parameter)
    {
        var (worker, caseId) = await WorkerWithCaseAsync();

        var response = await worker.SendRawAsync(new HttpMethod(method), Fill(url, caseId), method == "GET" ? null : "{}");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains($" {parameter}\"", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_WrongContentType_Returns415()
    {
        var (worker, _) = await WorkerWithCaseAsync();

        var response = await worker.PostAsync(new Uri("/api/v1/intakes", UriKind.Relative), new StringContent("source=School", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    /// <summary>
    /// One body with a plausible value for every field of every write, so that a bad value gets past the required-field
    /// checks to the service and the database: text as given, and every enum either named or an undefined number.
    /// </summary>
    private static string Everything(Guid caseId, Guid personId, Guid relatedPersonId, string text, bool undefinedEnums)
    {
        string Named(string name) => undefinedEnums ? "99" : $"\"{name}\"";
        return $$"""
            {
              "caseId": "{{caseId}}", "personId": "{{personId}}", "relatedPersonId": "{{relatedPersonId}}",
              "role": {{Named("Other")}}, "kind": {{Named("Other")}}, "status": {{Named("Open")}}, "source": {{Named("School")}},
              "screeningOutcome": {{Named("DomesticAbuseIndicated")}}, "harmOrFearFromPartner": {{Named("Yes")}},
              "givenName": "{{text}}", "familyName": "{{text}}", "aliases": "{{text}}",
              "narrative": "{{text}}", "presentingConcerns": "{{text}}", "receivedOn": "2024-01-01", "version": 0
            }
            """;
    }

    [Fact]
    public async Task EveryWrite_JunkBodies_NeverAnswer5xx()
    {
        var (worker, caseId) = await WorkerWithCaseAsync();
        var person = await worker.NewPersonAsync(caseId, ParticipantRole.Survivor, "Junk", "Target");
        var other = await worker.NewPersonAsync(caseId, ParticipantRole.Perpetrator, "Other", "Target");
        var participantId = (await (await worker.GetAsync($"/api/v1/cases/{caseId}/participants")).ReadAsync<List<ParticipantView>>())
            .Single(p => p.PersonId == person.Id).Id;
        var relationship = await (await worker.PostJsonAsync("/api/v1/relationships", new { personId = other.Id, kind = RelationshipKind.Partner, relatedPersonId = person.Id }))
            .ReadAsync<RelationshipView>(HttpStatusCode.Created);
        var intake = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/intakes", ApiSupport.IntakeBody())).ReadAsync<IntakeDetail>(HttpStatusCode.Created);
        var writes = new (string Method, string Url)[]
        {
            ("POST", "/api/v1/cases"),
            ("PUT", $"/api/v1/cases/{caseId}"),
            ("POST", $"/api/v1/cases/{caseId}/participants"),
            ("PUT", $"/api/v1/cases/{caseId}/participants/{participantId}"),
            ("POST", "/api/v1/people"),
            ("PUT", $"/api/v1/people/{person.Id}"),
            ("POST", "/api/v1/relationships"),
            ("PUT", $"/api/v1/relationships/{relationship.Id}"),
            ("POST", $"/api/v1/cases/{caseId}/intakes"),
            ("POST", "/api/v1/intakes"),
            ("PUT", $"/api/v1/intakes/{intake.Id}"),
            ("POST", $"/api/v1/intakes/{intake.Id}/complete"),
        };
        var huge = new string('a', 200_000);
        var deep = new string('[', 200) + new string(']', 200);
        string[] junk =
        [
            "", "null", "{}", "[]", "42", "\"text\"", "true", "{", "{\"a\":", "not json at all", "{\"a\":1}}", deep,
            "{\"version\": -1}", "{\"version\": 99999999999}", "{\"version\": \"one\"}", "{\"version\": 1.5}",
            "{\"personId\": \"nope\", \"caseId\": 7}", $"{{\"personId\": \"{Guid.Empty}\", \"relatedPersonId\": \"{Guid.NewGuid()}\", \"kind\": \"Other\"}}",
            "{\"role\": \"Wizard\"}", "{\"role\": 99}", "{\"role\": -1}", "{\"role\": null, \"kind\": null, \"status\": null}", "{\"kind\": 1e9}",
            "{\"givenName\": 12, \"familyName\": []}", "{\"givenName\": \"\\u0000\", \"familyName\": \"\\u0000\", \"narrative\": \"\\u0000\"}",
            "{\"givenName\": \"\\ud800\", \"narrative\": \"\\udfff\"}",
            "{\"receivedOn\": \"31/12/2024\"}", "{\"receivedOn\": \"9999-12-31\", \"source\": \"School\", \"narrative\": \"x\"}",
            "{\"receivedOn\": \"0001-01-01\", \"source\": \"School\", \"narrative\": \"x\", \"screeningOutcome\": 99, \"harmOrFearFromPartner\": 99}",
            "{\"dateOfBirth\": \"0000-01-01\", \"startedOn\": \"2024-02-30\", \"closedOn\": \"yesterday\"}",
            $"{{\"givenName\": \"{huge}\", \"familyName\": \"{huge}\", \"narrative\": \"{huge}\", \"presentingConcerns\": \"{huge}\", \"caseId\": \"{caseId}\", \"role\": \"Child\"}}",
            $"{{\"caseId\": \"{caseId}\", \"role\": \"Child\", \"givenName\": \" \", \"familyName\": \"\\t\", \"version\": 0}}",
            $"{{\"personId\": \"{person.Id}\", \"relatedPersonId\": \"{person.Id}\", \"kind\": \"Partner\", \"version\": 0}}",
            $"{{\"status\": \"Closed\", \"presentingConcerns\": \"x\", \"closedOn\": \"1900-01-01\", \"teamId\": \"{Guid.NewGuid()}\", \"allocatedWorkerId\": \"{Guid.NewGuid()}\", \"version\": 0}}",
            $"{{\"presentingConcerns\": \"x\", \"teamId\": \"{Guid.Empty}\", \"allocatedWorkerId\": \"{Guid.Empty}\"}}",

            // Bodies that every endpoint would accept but for one bad value, so that the value reaches the service and the database.
            Everything(caseId, person.Id, other.Id, text: "bad\\u0000text", undefinedEnums: false),
            Everything(caseId, person.Id, other.Id, text: "fine", undefinedEnums: true),
        ];

        var failures = new List<string>();
        foreach (var (method, url) in writes)
        {
            foreach (var body in junk)
            {
                var response = await worker.SendRawAsync(new HttpMethod(method), url, body);
                var status = (int)response.StatusCode;
                if (status >= 500 || (status == 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
                {
                    failures.Add($"{method} {url} {body[..Math.Min(body.Length, 80)]} -> {status}");
                }
            }
        }

        Assert.Empty(failures);
    }
}
