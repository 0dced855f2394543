using System.Net;
using System.Text.Json;
using Lantern.Core.Meetings;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Meetings;

/// <summary>What a meetings API client sends and reads, and the demonstration Calder risk conference.</summary>
public static class MeetingSupport
{
    public static readonly string[] Components = ["CoerciveControl", "HarmToChild", "ProtectiveEfforts", "ChildImpact", "IntersectingFactors"];

    public static Task<Guid> AgencyIdAsync(this LanternFactory factory, string name) =>
        factory.WithSystemDbAsync(db => db.Agencies.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    /// <summary>The demonstration risk conference on the Calder family.</summary>
    public static async Task<Guid> CalderConferenceAsync(this LanternFactory factory)
    {
        var caseId = await factory.CaseOfAsync("Calder");
        return await factory.WithSystemDbAsync(db => db.Meetings.Where(m => m.CaseId == caseId && m.Kind == MeetingKind.RiskConference).Select(m => m.Id).SingleAsync());
    }

    /// <summary>The demonstration conference's action owned by the named agency, as the worker reads it.</summary>
    public static async Task<JsonElement> ConferenceActionAsync(this LanternFactory factory, string agency)
    {
        var agencyId = await factory.AgencyIdAsync(agency);
        var pack = await (await (await factory.ApiAsync("worker")).GetAsync($"/api/v1/meetings/{await factory.CalderConferenceAsync()}")).ReadAsync<JsonElement>();
        return pack.GetProperty("meeting").GetProperty("actions").EnumerateArray()
            .Single(a => a.GetProperty("ownerAgencyId").ValueKind != JsonValueKind.Null && a.GetProperty("ownerAgencyId").GetGuid() == agencyId
                && a.GetProperty("status").GetString() == "Open");
    }

    /// <summary>A case conference as the worker would record it, with a spare attendee row and a spare action row left empty.</summary>
    public static Dictionary<string, object?> MeetingBody(Guid welfare, Guid police, string? protectiveEfforts = null) => new()
    {
        ["kind"] = "CaseConference",
        ["heldOn"] = ApiSupport.Today.AddDays(-1),
        ["purpose"] = "To agree how the agencies will keep the children safe with their mother.",
        ["attendees"] = new object[]
        {
            new Dictionary<string, object?> { ["name"] = "Aisha Rahman", ["role"] = "Allocated social worker", ["agencyId"] = welfare },
            new Dictionary<string, object?> { ["name"] = "DC Sean Doyle", ["role"] = "Public Protection Unit", ["agencyId"] = police },
            new Dictionary<string, object?> { ["name"] = "", ["role"] = "" },
        },
        ["coerciveControlMinutes"] = "He checks her phone every evening and decides whom she may see.",
        ["harmToChildMinutes"] = "He questions the children about where their mother goes.",
        ["protectiveEffortsMinutes"] = protectiveEfforts ?? "She keeps the children's routines and walks them to school herself.",
        ["childImpactMinutes"] = "The younger child wets the bed after his father shouts.",
        ["intersectingFactorsMinutes"] = "He drinks at weekends; his control does not depend on it.",
        ["decisions"] = "Each agency tells the worker of any new incident within one working day.",
        ["actions"] = new object[]
        {
            new Dictionary<string, object?>
            {
                ["description"] = "Send the worker the call-out history for the address.",
                ["owner"] = "DC Sean Doyle",
                ["ownerAgencyId"] = police,
                ["dueOn"] = ApiSupport.Today.AddDays(7),
            },
            new Dictionary<string, object?>
            {
                ["description"] = "Visit the mother alone.",
                ["owner"] = "Aisha Rahman",
                ["ownerAgencyId"] = welfare,
                ["dueOn"] = ApiSupport.Today.AddDays(3),
            },
            new Dictionary<string, object?>(),
        },
    };

    /// <summary>A PUT body that sends a meeting back as read (a MeetingView): its version, and each action's id and version.</summary>
    public static Dictionary<string, object?> EditBody(JsonElement view)
    {
        var minutes = view.GetProperty("minutes");
        string Minutes(string component) => minutes.TryGetProperty(component, out var text) ? text.GetString()! : "";
        return new Dictionary<string, object?>
        {
            ["kind"] = view.GetProperty("kind").GetString(),
            ["heldOn"] = view.GetProperty("heldOn").GetString(),
            ["purpose"] = view.GetProperty("purpose").GetString(),
            ["attendees"] = view.GetProperty("attendees").EnumerateArray().Select(a => (object)new Dictionary<string, object?>
            {
                ["name"] = a.GetProperty("name").GetString(),
                ["role"] = a.GetProperty("role").GetString(),
                ["agencyId"] = a.GetProperty("agencyId").ValueKind == JsonValueKind.Null ? null : a.GetProperty("agencyId").GetGuid(),
                ["attended"] = a.GetProperty("attended").GetBoolean(),
            }).ToList(),
            ["coerciveControlMinutes"] = Minutes("CoerciveControl"),
            ["harmToChildMinutes"] = Minutes("HarmToChild"),
            ["protectiveEffortsMinutes"] = Minutes("ProtectiveEfforts"),
            ["childImpactMinutes"] = Minutes("ChildImpact"),
            ["intersectingFactorsMinutes"] = Minutes("IntersectingFactors"),
            ["otherMinutes"] = view.GetProperty("otherMinutes").GetString(),
            ["decisions"] = view.GetProperty("decisions").GetString(),
            ["actions"] = view.GetProperty("actions").EnumerateArray().Select(a => (object)ActionBody(a)).ToList(),
            ["version"] = view.GetProperty("version").GetUInt32(),
        };
    }

    public static Dictionary<string, object?> ActionBody(JsonElement action) => new()
    {
        ["id"] = action.GetProperty("id").GetGuid(),
        ["version"] = action.GetProperty("version").GetUInt32(),
        ["description"] = action.GetProperty("description").GetString(),
        ["owner"] = action.GetProperty("owner").GetString(),
        ["ownerAgencyId"] = action.GetProperty("ownerAgencyId").ValueKind == JsonValueKind.Null ? null : action.GetProperty("ownerAgencyId").GetGuid(),
        ["dueOn"] = action.GetProperty("dueOn").GetString(),
        ["status"] = action.GetProperty("status").GetString(),
        ["completedOn"] = action.GetProperty("completedOn").GetString(),
    };

    /// <summary>The components a meeting view carries minutes for, in the order the API gives them.</summary>
    public static IReadOnlyList<string> MinutesShown(JsonElement meeting) => meeting.GetProperty("minutes").EnumerateObject().Select(p => p.Name).ToList();

    public static IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    public static Task<HttpResponseMessage> ProgressAsync(this HttpClient client, Guid actionId, string status, uint version, string note = "") =>
        client.PostJsonAsync($"/api/v1/meeting-actions/{actionId}/progress", new Dictionary<string, object?> { ["status"] = status, ["note"] = note, ["version"] = version });

    public static async Task<JsonElement> CreateMeetingAsync(this HttpClient client, Guid caseId, Dictionary<string, object?> body) =>
        await (await client.PostJsonAsync($"/api/v1/cases/{caseId}/meetings", body)).ReadAsync<JsonElement>(HttpStatusCode.Created);
}
