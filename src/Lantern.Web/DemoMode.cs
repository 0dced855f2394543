using System.Net;

namespace Lantern.Web;

/// <summary>
/// <c>--demo</c>: a local SQLite database at ./data/lantern.db with demonstration data, on
/// http://localhost:5080. Demo accounts share one published password, so demo mode refuses any address a
/// other machine could reach.
/// </summary>
public static class DemoMode
{
    public const string Flag = "--demo";
    public const string DefaultUrl = "http://localhost:5080";
    public const string Password = "lantern-demo";

    public static void EnsureLoopbackOnly(IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls)
        {
            var host = new Uri(url.Replace("*", "wildcard", StringComparison.Ordinal).Replace("+", "wildcard", StringComparison.Ordinal)).Host;
            var loopback = host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
            if (!loopback)
            {
                throw new InvalidOperationException(
                    $"Demo mode listens only on this machine (localhost); it refuses '{url}'. Run without --demo to serve other machines.");
            }
        }
    }
}
