using Lantern.Core.Access.Policy;

namespace Lantern.Assurance.Tests.Policy;

/// <summary>A route the matrix requests, and the row of the access policy that decides its answer.</summary>
/// <param name="Pattern">The route as the app maps it, to check that every route is in the matrix.</param>
/// <param name="Url">The route with the Calder family's records filled in.</param>
/// <param name="CaseScoped">Whether its answer depends on the user's relationship to the case (else the rule is agency-wide).</param>
internal sealed record PolicyRoute(string Pattern, string Url, AccessRight Right, bool CaseScoped)
{
    public bool IsApi => Url.StartsWith("/api/", StringComparison.Ordinal);
}
