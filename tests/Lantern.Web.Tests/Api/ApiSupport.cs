using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.People;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Lantern.Web.Tests.Api;

/// <summary>What an API client does and checks: JSON with enums as strings, problem details, and the audit rows a request left.</summary>
public static class ApiSupport
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    /// <summary>Asserts an RFC 9457 problem details answer with the status, and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        Assert.Equal((int)expected, document.RootElement.GetProperty("status").GetInt32());
        return document.RootElement.Clone();
    }

    /// <summary>The field names in a validation problem's errors (JSON errors name the camelCase path, rule errors the property).</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name).ToList() : [];

    public static void AssertNamesField(this JsonElement problem, string field) =>
        Assert.True(problem.ErrorFields().Contains(field, StringComparer.OrdinalIgnoreCase),
            $"Expected an error for {field}; the problem was {problem}");

    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string url, string? json)
    {
        ArgumentNullException.ThrowIfNull(client);
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body, Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(new Uri(url, UriKind.Relative), body, Json);

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string url) =>
        client.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>Opens a fresh case as the client's user, so that tests change their own records and not the demonstration families.</summary>
    public static async Task<CaseDetail> NewCaseAsync(this HttpClient client, string concerns = "Worried about a child after a neighbour heard shouting.")
    {
        var response = await client.PostJsonAsync("/api/v1/cases", new { presentingConcerns = concerns });
        return await response.ReadAsync<CaseDetail>(HttpStatusCode.Created);
    }

    public static async Task<PersonDetail> NewPersonAsync(this HttpClient client, Guid caseId, ParticipantRole role, string givenName, string familyName,
        string? address = null, bool addressIsConfidential = false)
    {
        var response = await client.PostJsonAsync("/api/v1/people", new
        {
            caseId,
            role,
            givenName,
            familyName,
            dateOfBirth = new DateOnly(1990, 4, 1),
            address,
            addressIsConfidential,
        });
        return await response.ReadAsync<PersonDetail>(HttpStatusCode.Created);
    }

    /// <summary>A draft intake body; screening answers left unasked unless given.</summary>
    public static Dictionary<string, object?> IntakeBody(string narrative = "School reports a child arrived hungry and frightened.", DateOnly? receivedOn = null) => new()
    {
        ["source"] = "School",
        ["receivedOn"] = receivedOn ?? Today.AddDays(-1),
        ["narrative"] = narrative,
    };

    /// <summary>The last audit sequence number, to look only at what a request writes after it.</summary>
    public static async Task<long> AuditMarkAsync(this LanternFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return await factory.WithSystemDbAsync(db => db.AuditEvents.MaxAsync(e => (long?)e.Sequence)) ?? 0;
    }

    public static Task<List<AuditEvent>> AuditSinceAsync(this LanternFactory factory, long mark)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.WithSystemDbAsync(db => db.AuditEvents.Where(e => e.Sequence > mark).OrderBy(e => e.Sequence).ToListAsync());
    }

    public static Task<Guid> UserIdAsync(this LanternFactory factory, string userName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.WithSystemDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
    }

    /// <summary>A case held by Team B and allocated to colleague, which worker (Team A) must not see.</summary>
    public static Task<Guid> TeamBCaseAsync(this LanternFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.WithSystemDbAsync(db => db.Cases.Where(c => c.Team!.Name == "Family Safety Team B").OrderBy(c => c.Reference).Select(c => c.Id).FirstAsync());
    }

    /// <summary>Asserts that a request left an AccessDenied row with outcome Denied for the user and record.</summary>
    public static async Task AssertDeniedAsync(this LanternFactory factory, long mark, string userName, Guid? caseId = null, Guid? personId = null)
    {
        var userId = await factory.UserIdAsync(userName);
        var rows = await factory.AuditSinceAsync(mark);
        Assert.Contains(rows, e => e.Action == AuditAction.AccessDenied && e.Outcome == AuditOutcome.Denied && e.UserId == userId
            && (caseId == null || e.CaseId == caseId) && (personId == null || e.PersonId == personId));
    }
}
