using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Security;

/// <summary>A session ends after the absolute limit however active it is; the idle limit is the cookie's sliding expiry.</summary>
public static class SessionLimits
{
    public static async Task EnforceAbsoluteTimeoutAsync(CookieValidatePrincipalContext context, LanternSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var signedIn = context.Properties.Items.TryGetValue(LanternWebApp.SignedInAtItem, out var value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                ? at
                : (DateTimeOffset?)null;
        if (signedIn is null || clock.GetUtcNow() - signedIn.Value > TimeSpan.FromHours(settings.AbsoluteTimeoutHours))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
