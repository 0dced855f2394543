using Lantern.Core.Plans;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>/api/v1 risk management plan routes: a case's plans, and one plan (a review is a change that moves the review date on).</summary>
public static class RiskPlanEndpoints
{
    public static void MapRiskPlanEndpoints(this RouteGroupBuilder api)
    {
        var forCase = api.MapGroup("/cases/{caseId}/risk-plans").WithTags("Risk management plans");
        forCase.MapGet("", ListAsync).WithSummary("The case's risk management plans, newest first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        forCase.MapPost("", CreateAsync)
            .WithSummary("Write a risk management plan: the concern, risks (likelihood and seriousness), actions (owner, due and done dates), and the review date. Rows with every field empty are ignored.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var plans = api.MapGroup("/risk-plans").WithTags("Risk management plans");
        plans.MapGet("/{id}", GetAsync).WithSummary("One risk management plan.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        plans.MapPut("/{id}", UpdateAsync).WithSummary("Change a plan, replacing its risks and actions; send the version you read (409 if someone saved first).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<IReadOnlyList<RiskPlanSummary>>, NotFound>> ListAsync(Guid caseId, RiskPlanService service, CancellationToken cancellationToken) =>
        await service.ListForCaseAsync(caseId, cancellationToken) is { } list ? TypedResults.Ok(list.Plans) : TypedResults.NotFound();

    private static async Task<Results<Created<RiskPlanView>, NotFound>> CreateAsync(Guid caseId, RiskPlanInput input, RiskPlanService service,
        CancellationToken cancellationToken)
    {
        if (await service.CreateAsync(caseId, input, cancellationToken) is not { } created || await service.GetAsync(created.Id, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Created($"/api/v1/risk-plans/{created.Id}", view);
    }

    private static async Task<Results<Ok<RiskPlanView>, NotFound>> GetAsync(Guid id, RiskPlanService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Results<Ok<RiskPlanView>, NotFound>> UpdateAsync(Guid id, RiskPlanInput input, RiskPlanService service,
        CancellationToken cancellationToken) =>
        await service.UpdateAsync(id, input, cancellationToken) && await service.GetAsync(id, cancellationToken) is { } updated
            ? TypedResults.Ok(updated)
            : TypedResults.NotFound();
}
