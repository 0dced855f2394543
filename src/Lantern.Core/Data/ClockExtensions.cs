namespace Lantern.Core.Data;

public static class ClockExtensions
{
    private const long KeptTicks = TimeSpan.TicksPerMillisecond / 10;

    /// <summary>
    /// Now in UTC, truncated to the tenth of a millisecond that both databases keep (PostgreSQL keeps microseconds; SQLite,
    /// through the binary DateTimeOffset converter, keeps ticks / 1000), so a value reads back exactly as written and an
    /// audit row's hash, computed before it is saved, still matches when the row is read back and verified.
    /// </summary>
    public static DateTimeOffset Now(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % KeptTicks), TimeSpan.Zero);
    }

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.Now().UtcDateTime);
}
