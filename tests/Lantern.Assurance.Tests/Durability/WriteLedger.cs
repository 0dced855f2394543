using System.Collections.Concurrent;

namespace Lantern.Assurance.Tests.Durability;

internal enum WriteKind
{
    CaseOpened,
    PerpetratorRecorded,
    MapEntryAdded,
}

/// <summary>A write the server answered with success: from then on the caller may rely on it.</summary>
internal sealed record AcknowledgedWrite(WriteKind Kind, string Key, Guid Id, Guid CaseId);

/// <summary>What the writers were told, across every cycle, and how many requests were waiting for an answer.</summary>
internal sealed class WriteLedger
{
    private readonly ConcurrentQueue<AcknowledgedWrite> acknowledged = new();
    private int inFlight;
    private int refused;

    public IReadOnlyCollection<AcknowledgedWrite> Acknowledged => acknowledged;

    /// <summary>Requests sent and not yet answered: at the moment of a kill, writes whose fate the caller cannot know.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>Requests answered with an error status (not acknowledged, so not expected to be kept).</summary>
    public int Refused => Volatile.Read(ref refused);

    public void Sending() => Interlocked.Increment(ref inFlight);

    public void Answered() => Interlocked.Decrement(ref inFlight);

    public void Refuse() => Interlocked.Increment(ref refused);

    public void Acknowledge(AcknowledgedWrite write) => acknowledged.Enqueue(write);
}
