using System.Collections.Concurrent;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>What the fuzzed requests got back, counted across the concurrent senders; the first few failures kept whole.</summary>
internal sealed class FuzzTally
{
    private const int KeptFailures = 5;

    private readonly ConcurrentDictionary<int, int> byStatus = new();
    private readonly ConcurrentDictionary<string, int> byOperation = new();
    private readonly ConcurrentDictionary<string, byte> operationsPastSignIn = new();
    private readonly ConcurrentDictionary<string, TimeSpan> timeByOperation = new();
    private readonly ConcurrentQueue<string> serverErrors = new();
    private readonly ConcurrentQueue<string> leaks = new();
    private readonly ConcurrentQueue<string> crashes = new();
    private int sent;
    private int serverErrorCount;
    private int leakCount;
    private int crashCount;

    public int Sent => sent;

    public int ServerErrors => serverErrorCount;

    public int Leaks => leakCount;

    /// <summary>Requests that got no answer at all: the app threw through the pipeline or did not answer in time.</summary>
    public int Crashes => crashCount;

    public IReadOnlyCollection<string> OperationsSent => [.. byOperation.Keys];

    /// <summary>Operations that answered at least once with something other than 401 or 403: the fuzzer got past the door.</summary>
    public IReadOnlyCollection<string> OperationsPastSignIn => [.. operationsPastSignIn.Keys];

    public void Record(long index, FuzzRequest request, int status, string body, TimeSpan elapsed)
    {
        Interlocked.Increment(ref sent);
        timeByOperation.AddOrUpdate(request.Operation, elapsed, (_, total) => total + elapsed);
        byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
        byOperation.AddOrUpdate(request.Operation, 1, (_, n) => n + 1);
        if (status is not 401 and not 403 and not 405)
        {
            operationsPastSignIn.TryAdd(request.Operation, 0);
        }

        if (status >= 500)
        {
            Keep(serverErrors, ref serverErrorCount, $"#{index} {request} → {status}: {Excerpt(body)}");
        }

        if (LeakCheck.FindLeak(body, request) is { } marker)
        {
            Keep(leaks, ref leakCount, $"#{index} {request} → {status} carries \"{marker}\": {Excerpt(body)}");
        }
    }

    public void RecordCrash(long index, FuzzRequest request, Exception exception)
    {
        Interlocked.Increment(ref sent);
        byOperation.AddOrUpdate(request.Operation, 1, (_, n) => n + 1);
        Keep(crashes, ref crashCount, $"#{index} {request} → {exception.GetType().Name}: {exception.Message}");
    }

    /// <summary>Where the time went: the operations that took longest in all, with their mean time per request.</summary>
    public IEnumerable<string> SlowestOperations(int count) => timeByOperation.OrderByDescending(t => t.Value).Take(count)
        .Select(t => $"{t.Key}: {t.Value.TotalSeconds:N1} s in all, {t.Value.TotalMilliseconds / byOperation[t.Key]:N0} ms each");

    public int CountOfClass(int hundreds) => byStatus.Where(s => s.Key / 100 == hundreds).Sum(s => s.Value);

    public string StatusLine() => string.Join(", ", byStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}"));

    public IEnumerable<string> Failures() => serverErrors.Concat(leaks).Concat(crashes);

    private static void Keep(ConcurrentQueue<string> kept, ref int count, string failure)
    {
        if (Interlocked.Increment(ref count) <= KeptFailures)
        {
            kept.Enqueue(failure);
        }
    }

    private static string Excerpt(string body) => body.Length > 400 ? body[..400] + "…" : body;
}
