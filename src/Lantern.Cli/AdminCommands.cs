using System.CommandLine;
using Lantern.Core.Agencies;
using Lantern.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

public static class AdminCommands
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var admin = new Command("admin", "Administrator accounts.");
        var user = new Option<string>("--user") { Description = "User name to sign in with.", Required = true };
        var name = new Option<string>("--name") { Description = "Display name.", DefaultValueFactory = _ => "Administrator" };
        var agency = new Option<string>("--agency") { Description = "The administrator's agency (created if new).", Required = true };
        var type = new Option<AgencyType>("--agency-type") { Description = "Type of a new agency.", DefaultValueFactory = _ => AgencyType.ChildWelfare };
        var create = new Command("create", "Create an administrator. The password is read from LANTERN_ADMIN_PASSWORD or standard input (at least 12 characters).")
        {
            user, name, agency, type,
        };
        create.SetAction(async (result, cancellationToken) =>
        {
            var password = Environment.GetEnvironmentVariable("LANTERN_ADMIN_PASSWORD") ?? (await Console.In.ReadLineAsync(cancellationToken))?.Trim();
            if (string.IsNullOrEmpty(password))
            {
                await error.WriteLineAsync("Give the password in LANTERN_ADMIN_PASSWORD or on standard input.");
                return 2;
            }

            await using var provider = CliDatabase.Services(result);
            await using var scope = CliDatabase.SystemScope(provider);
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            await DatabaseSetup.MigrateAsync(db, cancellationToken);
            await RoleSetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>());

            var agencyName = result.GetValue(agency)!.Trim();
            var home = await db.Agencies.SingleOrDefaultAsync(a => a.Name == agencyName, cancellationToken);
            if (home is null)
            {
                home = new Agency { Name = agencyName, Type = result.GetValue(type), CreatedAt = TimeProvider.System.Now() };
                db.Agencies.Add(home);
                await db.SaveChangesAsync(cancellationToken);
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>();
            var account = new LanternUser { UserName = result.GetValue(user), DisplayName = result.GetValue(name)!, AgencyId = home.Id };
            var created = await users.CreateAsync(account, password);
            if (!created.Succeeded)
            {
                await error.WriteLineAsync("The administrator was not created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
                return 1;
            }

            await users.AddToRoleAsync(account, LanternRoles.Administrator);
            await output.WriteLineAsync($"Administrator '{account.UserName}' created in {home.Name}.");
            return 0;
        });
        admin.Subcommands.Add(create);
        return admin;
    }
}
