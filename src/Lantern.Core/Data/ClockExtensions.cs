namespace Lantern.Core.Data;

public static class ClockExtensions
{
    /// <summary>
    /// Now in UTC, truncated to 100 microseconds: SQLite keeps a DateTimeOffset as binary ticks divided by 1,000
    /// (DateTimeOffsetToBinaryConverter) and PostgreSQL to the microsecond, so a value reads back as written on both. The
    /// audit hash covers the time; a finer time would not read back and every SQLite row would fail verification.
    /// </summary>
    public static DateTimeOffset Now(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % 1000), TimeSpan.Zero);
    }

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.Now().UtcDateTime);
}
