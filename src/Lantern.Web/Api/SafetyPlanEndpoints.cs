using Lantern.Core.Plans;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>/api/v1 safety plans: confidential to the allocated worker, her supervisor and named people; 404 for everyone else.</summary>
public static class SafetyPlanEndpoints
{
    public static void MapSafetyPlanEndpoints(this RouteGroupBuilder api)
    {
        var forCase = api.MapGroup("/cases/{caseId}/safety-plans").WithTags("Safety plans");
        forCase.MapGet("", ListAsync).WithSummary("The case's safety plans the caller may see (no others are mentioned).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        forCase.MapPost("", CreateAsync).WithSummary("Write a safety plan for the survivor or a child.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var plans = api.MapGroup("/safety-plans").WithTags("Safety plans");
        plans.MapGet("/{id}", GetAsync).WithSummary("One safety plan (the view is audited).").ProducesProblem(StatusCodes.Status400BadRequest);
        plans.MapPut("/{id}", UpdateAsync).WithSummary("Change a safety plan; send the version you read (409 if someone saved first).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPost("/{id}/grants", GrantAsync).WithSummary("Give someone access, with the reason (allocated worker or supervisor only): a colleague in the case's agency, or someone in a partner agency whose sharing on the case includes safety plans.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        plans.MapDelete("/{id}/grants/{grantId}", RevokeAsync).WithSummary("Take away a colleague's access; it stops at once.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<IReadOnlyList<SafetyPlanSummary>>, NotFound>> ListAsync(Guid caseId, SafetyPlanService service, CancellationToken cancellationToken) =>
        await service.ListForCaseAsync(caseId, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Created<SafetyPlanView>, NotFound>> CreateAsync(Guid caseId, SafetyPlanInput input, SafetyPlanService service,
        CancellationToken cancellationToken)
    {
        if (await service.CreateAsync(caseId, input, cancellationToken) is not { } plan || await service.GetAsync(plan.Id, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Created($"/api/v1/safety-plans/{plan.Id}", view);
    }

    private static async Task<Results<Ok<SafetyPlanView>, NotFound>> GetAsync(Guid id, SafetyPlanService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound();

    private static async Task<Results<Ok<SafetyPlanView>, NotFound>> UpdateAsync(Guid id, SafetyPlanInput input, SafetyPlanService service,
        CancellationToken cancellationToken) =>
        await service.UpdateAsync(id, input, cancellationToken) && await service.GetAsync(id, cancellationToken) is { } plan
            ? TypedResults.Ok(plan)
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> GrantAsync(Guid id, GrantInput input, SafetyPlanService service, CancellationToken cancellationToken) =>
        await service.GrantAsync(id, input, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, Guid grantId, SafetyPlanService service, CancellationToken cancellationToken) =>
        await service.RevokeAsync(id, grantId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
