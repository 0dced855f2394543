using Lantern.Core.Dashboards;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>/api/v1 dashboards: the practice dashboard's figures as JSON, for supervisors, managers and reviewers.</summary>
public static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/dashboards").WithTags("Dashboards")
            .MapGet("/practice", PracticeAsync)
            .WithSummary("The practice dashboard of a team or the agency over a period (`teamId`, `from` and `to` as yyyy-MM-dd; by default the "
                + "caller's team, or for managers and reviewers the whole agency, over the last twelve months). Each figure carries its numerator, "
                + "denominator and rate. A supervisor may ask only for their own team (403 otherwise); a period may not end before it starts or "
                + "run over five years (400).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <remarks>The query values are read as text so that a mistake is answered with problem details naming the field, not a bare 400.</remarks>
    private static async Task<Ok<PracticeDashboard>> PracticeAsync(PracticeDashboardService dashboards, CancellationToken cancellationToken,
        string? teamId = null, string? from = null, string? to = null) =>
        TypedResults.Ok(await dashboards.GetAsync(DashboardQuery.Read(teamId, from, to), cancellationToken));
}
