using Lantern.Core.Access;
using Lantern.Core.Agencies;
using Lantern.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Lantern.TestCommon;

/// <summary>
/// Lantern's Core services without the web host, on a fresh migrated database of the provider under test,
/// with the demonstration data loaded. Scopes are opened as a named demo user or as the system.
/// </summary>
public sealed class CoreHost : IAsyncLifetime
{
    private TestDatabase? database;
    private ServiceProvider? services;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));

    public ServiceProvider Services => services ?? throw new InvalidOperationException("Not initialised.");

    public DatabaseOptions Options => database?.Options ?? throw new InvalidOperationException("Not initialised.");

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddLanternCore(database.Options);
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddIdentityCore<LanternUser>(AccountPolicy.Apply)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<LanternDbContext>();
        services = collection.BuildServiceProvider();
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        await RoleSetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
        await DemoData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>(), Clock, Clients.DemoPassword);
    }

    public AsyncServiceScope SystemScope()
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().SetSystem();
        return scope;
    }

    /// <summary>A scope acting as the named demo user, with the roles and team the database holds for them.</summary>
    public async Task<AsyncServiceScope> ScopeAsAsync(string userName)
    {
        var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync();
        scope.ServiceProvider.GetRequiredService<AccessScope>().SetUser(user.Id, user.AgencyId, user.TeamId, roles, user.MayViewConfidentialAddresses);
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
