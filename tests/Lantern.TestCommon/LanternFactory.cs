using Lantern.Core.Access;
using Lantern.Core.Data;
using Lantern.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Lantern.TestCommon;

/// <summary>
/// The real application (real pipeline, real database, demo data seeded) on a fresh database of the provider
/// under test. One per test class; tests that change shared state create their own records.
/// </summary>
public class LanternFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly LanternFactory? sharesDatabaseWith;
    private TestDatabase? database;

    public LanternFactory()
    {
    }

    /// <summary>A second app instance on the same database as <paramref name="first"/>, as behind a load balancer.</summary>
    protected LanternFactory(LanternFactory first) => sharesDatabaseWith = first;

    public CapturedLogs Logs { get; } = new();

    public TestDatabase Database => database ?? throw new InvalidOperationException("The factory has not been initialised.");

    /// <summary>Settings for the app under test; browser tests turn off RequireHttps because they use plain http on loopback.</summary>
    protected virtual LanternSettings Settings => new() { Demo = true, RequireHttps = true };

    public virtual async ValueTask InitializeAsync()
    {
        database = sharesDatabaseWith?.Database ?? await TestDatabase.CreateAsync();
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
        _ = Services;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(Logs);
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Database.Options);
            services.AddSingleton(Settings);
            AddTestServices(services);
        });
    }

    /// <summary>For a test class that needs to replace a service (a fake clock, say).</summary>
    protected virtual void AddTestServices(IServiceCollection services)
    {
    }

    /// <summary>Runs work against the database as the system (no scope), for arranging data and checking results.</summary>
    public async Task<T> WithSystemDbAsync<T>(Func<LanternDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().SetSystem();
        return await work(scope.ServiceProvider.GetRequiredService<LanternDbContext>());
    }

    public Task WithSystemDbAsync(Func<LanternDbContext, Task> work) => WithSystemDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null && sharesDatabaseWith is null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
