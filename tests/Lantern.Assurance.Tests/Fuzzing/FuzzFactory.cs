using Lantern.TestCommon;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>
/// The real app as <see cref="LanternFactory"/> builds it, logging warnings and errors only: keeping every trace line of
/// a hundred thousand requests in memory cost more than the requests themselves, and the errors are what a failure needs.
/// </summary>
public sealed class FuzzFactory : LanternFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>The first errors the app logged (unhandled exceptions carry their stack trace here, never in a response).</summary>
    public IEnumerable<string> LoggedErrors(int count) =>
        Logs.Lines.Where(l => l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal))
            .Take(count)
            .Select(l => l.Length > 1_500 ? l[..1_500] + "…" : l);
}
