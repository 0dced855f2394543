using System.Net;
using System.Text.Json;
using Lantern.TestCommon;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Lantern.Web.Tests.Api;

public sealed class OpenApiTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    private static readonly string[] Expected =
    [
        "GET /api/v1/cases",
        "POST /api/v1/cases",
        "GET /api/v1/cases/{id}",
        "PUT /api/v1/cases/{id}",
        "GET /api/v1/cases/{caseId}/participants",
        "POST /api/v1/cases/{caseId}/participants",
        "GET /api/v1/cases/{caseId}/participants/{participantId}",
        "PUT /api/v1/cases/{caseId}/participants/{participantId}",
        "GET /api/v1/people",
        "POST /api/v1/people",
        "GET /api/v1/people/{id}",
        "PUT /api/v1/people/{id}",
        "GET /api/v1/people/{id}/relationships",
        "POST /api/v1/relationships",
        "GET /api/v1/relationships/{id}",
        "PUT /api/v1/relationships/{id}",
        "GET /api/v1/cases/{caseId}/intakes",
        "POST /api/v1/cases/{caseId}/intakes",
        "POST /api/v1/intakes",
        "GET /api/v1/intakes/{id}",
        "PUT /api/v1/intakes/{id}",
        "POST /api/v1/intakes/{id}/complete",
    ];

    private async Task<JsonElement> DocumentAsync()
    {
        var client = await factory.ApiAsync("worker");
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("paths").Clone();
    }

    private static Dictionary<string, JsonElement> Operations(JsonElement paths) =>
        paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Key: $"{op.Name.ToUpperInvariant()} {path.Name.TrimEnd('/')}", op.Value)))
            .ToDictionary(x => x.Key, x => x.Value);

    [Fact]
    public async Task Document_ListsEveryMappedApiRoute_WithASummaryAndATag()
    {
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods
                .Select(m => $"{m} /{e.RoutePattern.RawText!.Trim('/')}"))
            .ToList();
        var operations = Operations(await DocumentAsync());

        Assert.Superset(Expected.ToHashSet(), mapped.ToHashSet());
        Assert.Superset(mapped.ToHashSet(), operations.Keys.ToHashSet());
        foreach (var route in mapped)
        {
            Assert.False(string.IsNullOrWhiteSpace(operations[route].GetProperty("summary").GetString()), $"{route} has no summary");
            Assert.NotEmpty(operations[route].GetProperty("tags").EnumerateArray());
        }
    }

    [Fact]
    public async Task Document_DeclaresTheErrorAnswersOfEachRoute()
    {
        var operations = Operations(await DocumentAsync());

        foreach (var route in Expected)
        {
            var declared = operations[route].GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet();
            var expected = new HashSet<string> { "400" };
            if (route.Contains('{', StringComparison.Ordinal))
            {
                expected.Add("404");
            }

            if (!route.StartsWith("GET ", StringComparison.Ordinal))
            {
                expected.Add("403");
            }

            if (route.StartsWith("PUT ", StringComparison.Ordinal) || route.EndsWith("/complete", StringComparison.Ordinal))
            {
                expected.Add("409");
            }

            Assert.True(declared.IsSupersetOf(expected), $"{route} declares {string.Join(", ", declared)}; expected at least {string.Join(", ", expected)}");
        }
    }
}
