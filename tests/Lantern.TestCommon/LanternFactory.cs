using System.Reflection;
using Lantern.Core.Access;
using Lantern.Core.Data;
using Lantern.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit;

namespace Lantern.TestCommon;

/// <summary>
/// The real application (real pipeline, real database, demo data seeded) on a database of its own of the provider
/// under test: a copy of the demonstration database the app migrated and seeded once for the test run, or, for a
/// factory that seeds differently, an empty one the app migrates and seeds. One per test class; tests that change
/// shared state create their own records.
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

    /// <summary>The demonstration database, migrated and seeded by the real app once per test run, for every factory to copy.</summary>
    private static readonly Lazy<Task<TestDatabase>> SeededDemonstration = new(SeedOnceAsync);

    public CapturedLogs Logs { get; } = new();

    public TestDatabase Database => database ?? throw new InvalidOperationException("The factory has not been initialised.");

    /// <summary>Settings for the app under test; browser tests turn off RequireHttps because they use plain http on loopback.</summary>
    protected virtual LanternSettings Settings => new() { Demo = true, RequireHttps = true };

    /// <summary>
    /// Whether this factory starts from a copy of the demonstration database seeded once per test run, instead of
    /// migrating and seeding its own: true unless it seeds differently (no demonstration data) or replaces services
    /// (a fake clock seeds other dates).
    /// </summary>
    protected virtual bool StartsFromSeededCopy =>
        Settings.Demo && GetType().GetMethod(nameof(AddTestServices), BindingFlags.Instance | BindingFlags.NonPublic)!.DeclaringType == typeof(LanternFactory);

    public virtual async ValueTask InitializeAsync()
    {
        database = sharesDatabaseWith?.Database
            ?? (StartsFromSeededCopy ? await TestDatabase.CopyOfAsync(await SeededDemonstration.Value) : await TestDatabase.CreateAsync());
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

    private static async Task<TestDatabase> SeedOnceAsync()
    {
        var seeding = new SeedingTheDemonstration();
        await seeding.InitializeAsync();
        var seeded = seeding.Database;
        await seeding.DisposeAsync();

        // Closing the last pooled connection checkpoints SQLite's write-ahead log into the file that is copied.
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();

        // Removed when the test run ends; a run that is killed leaves it to the temporary folder or the test server.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => seeded.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));
        return seeded;
    }

    /// <summary>Starts the app once on an empty database, so that it migrates and seeds it, and leaves the database behind.</summary>
    private sealed class SeedingTheDemonstration : LanternFactory
    {
        protected override bool StartsFromSeededCopy => false;

        protected override bool KeepsDatabase => true;
    }

    /// <summary>Whether the database outlives the factory (the seeded demonstration, kept for the whole run).</summary>
    protected virtual bool KeepsDatabase => false;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null && sharesDatabaseWith is null && !KeepsDatabase)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
