using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lantern.Assurance.Tests.Durability;

/// <summary>
/// Workers writing through the API at once, each opening cases over and over: a case, then the man causing harm as a new
/// person on it, then a map entry from his interview. Each is one request whose transaction touches several tables (the
/// record, the audit chain, the kept dashboard figures), so a write half kept would show. Every text carries a unique key.
/// </summary>
internal sealed class CaseWriters(Uri baseAddress, string marker, WriteLedger ledger)
{
    /// <summary>Signs in, then writes with <paramref name="writers"/> workers until the server stops answering.</summary>
    public async Task<Task> StartAsync(int cycle, int writers)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using (var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName = "worker", password = "lantern-demo" }))
        {
            login.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        }

        var workers = Enumerable.Range(1, writers).Select(w => WriteUntilGoneAsync(http, $"{marker}-c{cycle}-w{w}")).ToArray();
        return Task.WhenAll(workers).ContinueWith(_ => http.Dispose(), TaskScheduler.Default);
    }

    private async Task WriteUntilGoneAsync(HttpClient http, string worker)
    {
        // Let every worker start sending before any of them can see the server go.
        await Task.Yield();
        try
        {
            for (var n = 1; ; n++)
            {
                var key = $"{worker}-{n}";
                if (await PostAsync(http, "/api/v1/cases", new { presentingConcerns = $"Referral from the school; crash check {key}." }) is not { } caseId)
                {
                    continue;
                }

                ledger.Acknowledge(new(WriteKind.CaseOpened, key, caseId, caseId));
                var him = await PostAsync(http, "/api/v1/people", new { caseId, role = "Perpetrator", givenName = key, familyName = marker });
                if (him is null)
                {
                    continue;
                }

                ledger.Acknowledge(new(WriteKind.PerpetratorRecorded, key, him.Value, caseId));
                var entry = await PostAsync(http, $"/api/v1/cases/{caseId}/map/entries", new
                {
                    component = "CoerciveControl",
                    categoryKey = "cc.threats",
                    description = $"He said he would take the children; crash check {key}.",
                    accuracy = "Exact",
                    occurredOn = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-1),
                    source = "PerpetratorInterview",
                });
                if (entry is not null)
                {
                    ledger.Acknowledge(new(WriteKind.MapEntryAdded, key, entry.Value, caseId));
                }
            }
        }
        catch (HttpRequestException)
        {
            // The server is gone: this worker's cycle is over.
        }
        catch (TaskCanceledException)
        {
            // No answer in time: the server is gone.
        }
        catch (IOException)
        {
            // The connection broke while the answer was being read.
        }
        catch (JsonException)
        {
            // The answer was cut off part way.
        }
    }

    /// <returns>The created record's id when the server acknowledged the write in full; null when it refused it.</returns>
    private async Task<Guid?> PostAsync(HttpClient http, string path, object body)
    {
        ledger.Sending();
        try
        {
            using var response = await http.PostAsJsonAsync(path, body);
            if (!response.IsSuccessStatusCode)
            {
                ledger.Refuse();
                return null;
            }

            // Acknowledged only once the whole answer has arrived, id and all.
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("id").GetGuid();
        }
        finally
        {
            ledger.Answered();
        }
    }
}
