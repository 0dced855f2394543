using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Api;

public static class ApiRoutes
{
    /// <summary>Maps /api/v1. Each resource's endpoints live in their own file.</summary>
    public static IEndpointRouteBuilder MapLanternApi(this IEndpointRouteBuilder app)
    {
        // API clients get status codes (and problem details where there is something to say), never the HTML error page.
        var api = app.MapGroup("/api/v1").WithMetadata(new SkipStatusCodePagesAttribute());
        api.MapAuthEndpoints();
        var cases = api.MapGroup("").RequireAuthorization(Security.LanternPolicies.ApiCaseWork);
        cases.MapCaseEndpoints();
        cases.MapParticipantEndpoints();
        cases.MapPeopleEndpoints();
        cases.MapRelationshipEndpoints();
        cases.MapIntakeEndpoints();
        cases.MapLanguageEndpoints();
        cases.MapMapEndpoints();
        cases.MapPlanEndpoints();
        cases.MapSafetyPlanEndpoints();
        cases.MapRiskPlanEndpoints();
        cases.MapMeetingEndpoints();
        cases.MapSupervisionEndpoints();
        cases.MapReferralEndpoints();
        api.MapGroup("").RequireAuthorization(Security.LanternPolicies.ApiPracticeQuality).MapReviewEndpoints();
        api.MapGroup("").RequireAuthorization(Security.LanternPolicies.ApiPracticeQuality).MapDashboardEndpoints();
        api.MapGroup("").RequireAuthorization(Security.LanternPolicies.ApiPracticeQuality).MapImplementationEndpoints();
        api.MapGroup("").RequireAuthorization(Security.LanternPolicies.ApiDataStewardship).MapDataQualityEndpoints();
        return app;
    }
}
