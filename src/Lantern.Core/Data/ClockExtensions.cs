namespace Lantern.Core.Data;

public static class ClockExtensions
{
    /// <summary>Now in UTC, truncated to the microsecond both databases store, so a value reads back as written.</summary>
    public static DateTimeOffset Now(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % 10), TimeSpan.Zero);
    }

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.Now().UtcDateTime);
}
