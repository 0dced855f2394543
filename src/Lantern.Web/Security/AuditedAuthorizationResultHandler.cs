using Lantern.Core.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Lantern.Web.Security;

/// <summary>Writes a denied-access audit event when a signed-in user is refused by a policy (wrong role).</summary>
public sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var audit = context.RequestServices.GetRequiredService<AuditTrail>();
            var endpoint = context.GetEndpoint() as RouteEndpoint;
            await audit.SaveAsync(context.RequestAborted, new AuditEntry(AuditAction.AccessDenied, Outcome: AuditOutcome.Denied,
                Detail: $"endpoint={endpoint?.RoutePattern.RawText ?? "unknown"}"));
        }

        await inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
