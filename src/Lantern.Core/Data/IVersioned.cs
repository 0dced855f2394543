namespace Lantern.Core;

/// <summary>
/// An editable record with an optimistic concurrency token: <c>xmin</c> on PostgreSQL, a counter the
/// application increments on SQLite. A stale edit fails rather than overwriting someone else's.
/// </summary>
public interface IVersioned
{
    uint Version { get; set; }
}
