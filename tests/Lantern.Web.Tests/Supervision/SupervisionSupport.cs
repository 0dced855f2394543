using System.Globalization;
using System.Net;
using System.Text.Json;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Supervision;

/// <summary>What a supervision API client sends and reads, fresh cases to supervise, and the demonstration Calder sessions.</summary>
public static class SupervisionSupport
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A fresh case of the worker's (team A, allocated to her), which the supervisor may supervise.</summary>
    public static async Task<Guid> NewCaseAsync(this LanternFactory factory) => (await (await factory.ApiAsync("worker")).NewCaseAsync()).Id;

    /// <summary>A session as the supervisor would record it, with a spare action row left empty.</summary>
    public static Dictionary<string, object?> SessionBody(Guid workerId, string marker = "") => new()
    {
        ["heldOn"] = ApiSupport.Today.AddDays(-1),
        ["workerId"] = workerId,
        ["components"] = new[] { "CoerciveControl", "ChildImpact" },
        ["gapsFound"] = $"Nothing yet on how his control of the money affects the children.{marker}",
        ["coaching"] = new[] { "Documentation", "InterviewingPerpetrator" },
        ["coachingNotes"] = $"Rewrote the summary with his behaviour named as his choices.{marker}",
        ["actions"] = new object[]
        {
            new Dictionary<string, object?> { ["description"] = $"Rewrite the assessment summary with him as the actor.{marker}", ["dueOn"] = ApiSupport.Today.AddDays(7) },
            new Dictionary<string, object?> { ["description"] = "Plan the interview with him: office, with a colleague." },
            new Dictionary<string, object?>(),
        },
    };

    public static async Task<JsonElement> RecordAsync(this HttpClient client, Guid caseId, Dictionary<string, object?> body) =>
        await (await client.PostJsonAsync($"/api/v1/cases/{caseId}/supervision", body)).ReadAsync<JsonElement>(HttpStatusCode.Created);

    public static async Task<JsonElement> SessionAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/v1/supervision/{id}")).ReadAsync<JsonElement>();

    public static async Task<JsonElement> ListAsync(this HttpClient client, Guid caseId) =>
        await (await client.GetAsync($"/api/v1/cases/{caseId}/supervision")).ReadAsync<JsonElement>();

    /// <summary>A PUT body that sends a session back as read (a SupervisionView): its version, and each action's id and version.</summary>
    public static Dictionary<string, object?> EditBody(JsonElement view) => new()
    {
        ["heldOn"] = view.GetProperty("heldOn").GetString(),
        ["workerId"] = view.GetProperty("workerId").GetGuid(),
        ["components"] = Strings(view.GetProperty("components")),
        ["gapsFound"] = view.GetProperty("gapsFound").GetString(),
        ["coaching"] = Strings(view.GetProperty("coaching")),
        ["coachingNotes"] = view.GetProperty("coachingNotes").GetString(),
        ["actions"] = view.GetProperty("actions").EnumerateArray().Select(a => (object)new Dictionary<string, object?>
        {
            ["id"] = a.GetProperty("id").GetGuid(),
            ["version"] = a.GetProperty("version").GetUInt32(),
            ["description"] = a.GetProperty("description").GetString(),
            ["dueOn"] = a.GetProperty("dueOn").GetString(),
        }).ToList(),
        ["version"] = view.GetProperty("version").GetUInt32(),
    };

    public static Dictionary<string, object?> FollowUp(JsonElement action, string status, string note = "") => new()
    {
        ["actionId"] = action.GetProperty("id").GetGuid(),
        ["version"] = action.GetProperty("version").GetUInt32(),
        ["status"] = status,
        ["note"] = note,
    };

    public static IReadOnlyList<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    public static JsonElement Action(JsonElement actions, string startsWith) =>
        actions.EnumerateArray().Single(a => a.GetProperty("description").GetString()!.StartsWith(startsWith, StringComparison.Ordinal));

    /// <summary>The demonstration sessions on the Calder family, oldest first.</summary>
    public static async Task<(Guid CaseId, Guid First, Guid Second)> CalderSessionsAsync(this LanternFactory factory)
    {
        var caseId = await factory.CaseOfAsync("Calder");
        var ids = await factory.WithSystemDbAsync(db => db.SupervisionSessions.Where(s => s.CaseId == caseId).OrderBy(s => s.HeldOn).Select(s => s.Id).ToListAsync());
        return (caseId, ids[0], ids[1]);
    }
}
