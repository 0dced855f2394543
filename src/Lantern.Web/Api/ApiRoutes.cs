namespace Lantern.Web.Api;

public static class ApiRoutes
{
    /// <summary>Maps /api/v1. Each resource's endpoints live in their own file.</summary>
    public static IEndpointRouteBuilder MapLanternApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapAuthEndpoints();
        var cases = api.MapGroup("").RequireAuthorization(Security.LanternPolicies.ApiCaseWork);
        cases.MapCaseEndpoints();
        return app;
    }
}
