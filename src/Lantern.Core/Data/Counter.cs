namespace Lantern.Core.Data;

/// <summary>A named counter handed out under a row lock (case reference numbers).</summary>
public sealed class Counter
{
    public required string Name { get; set; }
    public long Value { get; set; }
}
