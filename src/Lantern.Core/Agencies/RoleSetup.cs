using Microsoft.AspNetCore.Identity;

namespace Lantern.Core.Agencies;

public static class RoleSetup
{
    /// <summary>Creates any of Lantern's roles that the database does not have yet.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var role in LanternRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }
    }
}
