namespace Lantern.Core.Audit;

/// <summary>The single row that hands out the next audit sequence number and remembers the last hash.</summary>
public sealed class ChainHead
{
    public int Id { get; set; }
    public long LastSequence { get; set; }
    public required string LastHash { get; set; }
}
