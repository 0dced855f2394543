using Lantern.Core.Access;
using Lantern.Core.Agencies;
using Lantern.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web;

/// <summary>Migrates the database, makes sure the roles exist, and seeds the demonstration data in demo mode.</summary>
public static class Startup
{
    public static async Task PrepareDatabaseAsync(IServiceProvider services, bool demo)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        if (options.MigrateOnStartup || demo)
        {
            await DatabaseSetup.MigrateAsync(db);
        }

        await RoleSetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>());

        if (demo && !await db.Agencies.AnyAsync())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            await DemoData.SeedAsync(db, users, clock, DemoMode.Password);
        }
    }
}
