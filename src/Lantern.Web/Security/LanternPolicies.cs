using Lantern.Core.Access.Policy;
using Microsoft.AspNetCore.Authorization;

namespace Lantern.Web.Security;

public static class LanternPolicies
{
    public const string CaseWork = nameof(CaseWork);
    public const string Administration = nameof(Administration);
    public const string AuditReading = nameof(AuditReading);
    public const string ApiCaseWork = nameof(ApiCaseWork);

    /// <summary>Quality of practice across cases: reviews, dashboards, implementation records.</summary>
    public const string PracticeQuality = nameof(PracticeQuality);
    public const string ApiPracticeQuality = nameof(ApiPracticeQuality);

    public static IReadOnlyList<string> PracticeQualityRoles { get; } = AccessPolicy.Current.RolesPermitted(AccessRights.ReadReview);

    /// <summary>Putting records right: managers for the agency, supervisors for their team (reviewers change nothing).</summary>
    public const string DataStewardship = nameof(DataStewardship);
    public const string ApiDataStewardship = nameof(ApiDataStewardship);

    public static IReadOnlyList<string> DataStewardshipRoles { get; } = AccessPolicy.Current.RolesPermitted(AccessRights.ReadDataQuality);

    /// <summary>Roles that work with case content, read from the access policy.</summary>
    public static IReadOnlyList<string> CaseWorkRoles { get; } = AccessPolicy.Current.RolesPermitted(AccessRights.ReadCaseLists);

    public static IReadOnlyList<string> AuditReadingRoles { get; } = AccessPolicy.Current.RolesPermitted(AccessRights.ReadAudit);

    public static IReadOnlyList<string> AdministrationRoles { get; } = AccessPolicy.Current.RolesPermitted(AccessRights.Administer);

    /// <summary>Deny by default: every endpoint needs a signed-in user unless it says otherwise.</summary>
    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(CaseWork, p => p.RequireAuthenticatedUser().RequireRole(CaseWorkRoles));
        options.AddPolicy(Administration, p => p.RequireAuthenticatedUser().RequireRole(AdministrationRoles));
        options.AddPolicy(PracticeQuality, p => p.RequireAuthenticatedUser().RequireRole(PracticeQualityRoles));
        options.AddPolicy(DataStewardship, p => p.RequireAuthenticatedUser().RequireRole(DataStewardshipRoles));
        options.AddPolicy(AuditReading, p => p.RequireAuthenticatedUser().RequireRole(AuditReadingRoles));

        // The API's authentication is chosen by path (bearer tokens only, see LanternWebApp). Naming the scheme here would
        // authenticate the token afresh and judge the roles it was issued with, not the ones the user holds now.
        options.AddPolicy(ApiCaseWork, p => p.RequireAuthenticatedUser().RequireRole(CaseWorkRoles));
        options.AddPolicy(ApiPracticeQuality, p => p.RequireAuthenticatedUser().RequireRole(PracticeQualityRoles));
        options.AddPolicy(ApiDataStewardship, p => p.RequireAuthenticatedUser().RequireRole(DataStewardshipRoles));
    }
}
