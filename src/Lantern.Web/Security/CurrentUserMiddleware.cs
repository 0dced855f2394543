using System.Security.Claims;
using Lantern.Core.Access;
using Lantern.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Security;

/// <summary>
/// Runs after authentication on every request. It reloads the signed-in user from the database, so that a
/// disabled account, a changed security stamp or a removed role takes effect on the very next request
/// (cookie or bearer token), and fills the <see cref="AccessScope"/> that the query filters read.
/// </summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, LanternDbContext db, AccessScope scope, IOptions<IdentityOptions> identity, TimeProvider clock)
    {
        var principal = context.User;
        if (principal.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        var idClaim = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var user = Guid.TryParse(idClaim, out var userId)
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId)
                // The roles come in the same statement: this runs before every page and call.
                .Select(u => new
                {
                    u.Id,
                    u.UserName,
                    u.AgencyId,
                    u.TeamId,
                    u.IsDisabled,
                    u.SecurityStamp,
                    u.MayViewConfidentialAddresses,
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                })
                .SingleOrDefaultAsync(context.RequestAborted)
            : null;
        if (user is null || user.IsDisabled || user.SecurityStamp != stamp)
        {
            await RefuseAsync(context);
            return;
        }

        var roles = user.Roles;
        scope.SetUser(user.Id, user.AgencyId, user.TeamId, roles, user.MayViewConfidentialAddresses);
        scope.Today = clock.Today();

        // Authorisation decisions use the roles held now, not the ones in a cookie or token issued earlier.
        var fresh = new ClaimsIdentity(principal.Identity.AuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
        fresh.AddClaims(principal.Claims.Where(c => c.Type != ClaimTypes.Role));
        fresh.AddClaims(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        context.User = new ClaimsPrincipal(fresh);
        await next(context);
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        context.Response.Redirect("/Account/SignIn?ended=1");
    }
}
