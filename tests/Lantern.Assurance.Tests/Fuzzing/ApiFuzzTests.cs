using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using Lantern.TestCommon;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>
/// Generated requests to every operation of the app's own OpenAPI document, through the real pipeline on a database with
/// the demonstration data: whatever is sent, no answer is a 5xx and no body shows a stack trace, an exception or SQL.
/// LANTERN_FUZZ_REQUESTS sets how many (20,000 by default: about 21 ms of processor time each, so 100,000 do not fit the
/// five minutes ./test.sh allows on two cores); LANTERN_FUZZ_SEED replays a run.
/// </summary>
public sealed class ApiFuzzTests(FuzzFactory factory) : IClassFixture<FuzzFactory>
{
    private const int Senders = 4;

    private static int RequestCount => int.TryParse(Environment.GetEnvironmentVariable("LANTERN_FUZZ_REQUESTS"), CultureInfo.InvariantCulture, out var n) && n > 0
        ? n
        : 20_000;

    private static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("LANTERN_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s)
        ? s
        : (ulong)Random.Shared.NextInt64();

    [Fact]
    public async Task GeneratedRequests_ToEveryOperation_NeverAnswer5xxOrLeakInternals()
    {
        var output = TestContext.Current.TestOutputHelper;
        var clients = await ClientsAsync();
        var operations = await OperationsAsync(clients[Caller.Worker]);
        var ids = await RecordIds.ReadAsync(factory);
        var generator = new RequestGenerator(operations.Document, operations.All, ids);
        var seed = Seed;
        var count = RequestCount;
        output?.WriteLine($"Fuzzing {operations.All.Count} operations with {count:N0} requests; ids of {ids.EntityCount} kinds of record; replay with LANTERN_FUZZ_SEED={seed}");

        var tally = new FuzzTally();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Senders }, async (i, cancellationToken) =>
        {
            // Each request comes from its own stream of the seed, so request i is the same in a replay whatever the order of sending.
            var request = generator.Requests.Generate(new PCG((uint)i, seed), null, out _);
            await SendAsync(clients[request.Caller], request, i, tally, cancellationToken);
        });
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        output?.WriteLine($"Sent {tally.Sent:N0} requests in {clock.Elapsed.TotalSeconds:N1} s ({tally.Sent / clock.Elapsed.TotalSeconds:N0} a second, {Senders} at a time)");
        // Wall time depends on what else the machine runs; processor time per request says how many fit a budget on free cores.
        output?.WriteLine($"Processor time {cpu.TotalSeconds:N1} s, {cpu.TotalMilliseconds / tally.Sent:N1} ms a request: about {2 * tally.Sent / cpu.TotalSeconds:N0} requests a second on two free cores");
        output?.WriteLine($"By class: 2xx {tally.CountOfClass(2):N0}, 3xx {tally.CountOfClass(3):N0}, 4xx {tally.CountOfClass(4):N0}, 5xx {tally.CountOfClass(5):N0}; no answer {tally.Crashes:N0}");
        output?.WriteLine($"By status: {tally.StatusLine()}");
        output?.WriteLine($"5xx: {tally.ServerErrors:N0}; bodies leaking internals: {tally.Leaks:N0}");
        output?.WriteLine($"Operations sent to: {tally.OperationsSent.Count} of {operations.All.Count}; answered past sign-in: {tally.OperationsPastSignIn.Count} of {operations.All.Count}");
        foreach (var slow in tally.SlowestOperations(8))
        {
            output?.WriteLine($"  slowest: {slow}");
        }

        foreach (var missed in operations.All.Select(o => o.Key).Except(tally.OperationsPastSignIn).Order(StringComparer.Ordinal))
        {
            output?.WriteLine($"  only refused: {missed}");
        }

        var failures = tally.Failures().ToList();
        Assert.True(failures.Count == 0,
            $"{tally.ServerErrors} answers of 5xx, {tally.Leaks} leaking bodies, {tally.Crashes} requests without an answer (seed {seed}). First ones:\n"
            + string.Join("\n", failures) + "\nThe app logged:\n" + string.Join("\n", factory.LoggedErrors(3)));
        Assert.Equal(count, tally.Sent);
        Assert.Equal(operations.All.Select(o => o.Key).Order(StringComparer.Ordinal), tally.OperationsSent.Order(StringComparer.Ordinal));
        Assert.True(tally.CountOfClass(2) > count / 100, $"Only {tally.CountOfClass(2)} requests succeeded: the generator is not reaching the services.");
    }

    private static async Task SendAsync(HttpClient client, FuzzRequest request, long index, FuzzTally tally, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.Url, UriKind.Relative));
        if (request.Body is not null)
        {
            var content = new StringContent(request.Body, Encoding.UTF8);
            content.Headers.Remove("Content-Type");
            if (request.ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }

            message.Content = content;
        }

        if (request.Authorization is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", request.Authorization);
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(message, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            tally.Record(index, request, (int)response.StatusCode, body, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or IOException)
        {
            tally.RecordCrash(index, request, e);
        }
    }

    private async Task<Dictionary<Caller, HttpClient>> ClientsAsync()
    {
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        return new Dictionary<Caller, HttpClient>
        {
            [Caller.Worker] = await factory.ApiAsync("worker"),
            [Caller.Manager] = await factory.ApiAsync("manager"),
            [Caller.Reviewer] = await factory.ApiAsync("reviewer"),
            [Caller.Advocate] = await factory.ApiAsync("advocate"),
            [Caller.Admin] = await factory.ApiAsync("admin"),
            [Caller.Anonymous] = anonymous,
            [Caller.ForgedToken] = anonymous,
        };
    }

    private sealed record Operations(OpenApiOperations Document, IReadOnlyList<OpenApiOperation> All);

    private static async Task<Operations> OperationsAsync(HttpClient client)
    {
        var text = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var root = JsonDocument.Parse(text).RootElement.Clone();
        var document = new OpenApiOperations(root);
        var all = document.All().Where(o => o.PathTemplate.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(all);
        return new Operations(document, all);
    }
}
