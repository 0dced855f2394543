using System.ComponentModel.DataAnnotations;
using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Api;

public sealed record LoginRequest
{
    [Required(ErrorMessage = "Enter the user name.")]
    public string? UserName { get; init; }

    [Required(ErrorMessage = "Enter the password.")]
    public string? Password { get; init; }
}

public sealed record RefreshRequest
{
    [Required(ErrorMessage = "Send the refresh token.")]
    public string? RefreshToken { get; init; }
}

/// <summary>Bearer-token sign-in for API clients. There is no self-registration: administrators create accounts.</summary>
public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in").AllowAnonymous();
        auth.MapPost("/login", LoginAsync)
            .WithSummary("Sign in with a user name and password; answers with an access token and a refresh token.");
        auth.MapPost("/refresh", RefreshAsync)
            .WithSummary("Exchange a refresh token for a new access token.");
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<LanternUser> signIn, AuditTrail audit, CancellationToken cancellationToken)
    {
        InputRules.Enforce(request);
        var user = await signIn.UserManager.FindByNameAsync(request.UserName!);
        audit.ActorName = request.UserName;
        if (user is null || user.IsDisabled)
        {
            await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SignInFailed, Outcome: AuditOutcome.Denied, Detail: "channel=api"));
            return TypedResults.Problem("The user name or password is not right.", statusCode: StatusCodes.Status401Unauthorized);
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            await audit.SaveAsync(cancellationToken, new AuditEntry(result.IsLockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed,
                SubjectId: user.Id, Outcome: AuditOutcome.Denied, Detail: "channel=api"));
            return TypedResults.Problem(result.IsLockedOut
                ? "This account is locked after repeated failed sign-ins. Try again in 15 minutes or ask an administrator."
                : "The user name or password is not right.", statusCode: StatusCodes.Status401Unauthorized);
        }

        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.SignedIn, SubjectId: user.Id, Detail: "channel=api"));
        return TypedResults.Empty;
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<LanternUser> signIn, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
    {
        InputRules.Enforce(request);
        var protector = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsDisabled: false } user)
        {
            return TypedResults.Challenge();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
