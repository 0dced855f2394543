using Lantern.Core.Plans;
using Lantern.Core.Validation;
using Lantern.Practice.Language;
using Lantern.Practice.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>The checker's findings on a goal as drafted, and the pivot assistant's on its text.</summary>
public sealed record GoalCheckResponse(IReadOnlyList<PlanFinding> Findings, IReadOnlyList<LanguageFinding> Language, string RulesVersion);

/// <summary>/api/v1 plan routes: a case's plan with the checker's findings, goals, a draft goal's check, and reviews.</summary>
public static class PlanEndpoints
{
    public static void MapPlanEndpoints(this RouteGroupBuilder api)
    {
        var forCase = api.MapGroup("/cases/{caseId}/plan").WithTags("Plans");
        forCase.MapGet("", GetAsync)
            .WithSummary("The case plan: goals per person, the plan checker's findings (rule id, message, goal, field), language findings per goal, reviews.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        forCase.MapPost("/goals", AddGoalAsync).WithSummary("Add a goal (the first goal starts the plan).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        forCase.MapPost("/check", CheckAsync).WithSummary("Check a goal as drafted against the rest of the plan; nothing is saved.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        forCase.MapPost("/reviews", ReviewAsync).WithSummary("Record a review: progress per goal and the next review date.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var goals = api.MapGroup("/plan-goals").WithTags("Plans");
        goals.MapGet("/{id}", GetGoalAsync).WithSummary("One goal.").ProducesProblem(StatusCodes.Status400BadRequest);
        goals.MapPut("/{id}", UpdateGoalAsync).WithSummary("Change a goal; send the version you read (409 if someone saved first).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        goals.MapDelete("/{id}", RemoveGoalAsync).WithSummary("Take a goal out of the plan; send ?version=.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<CasePlanView>, NotFound>> GetAsync(Guid caseId, PlanService service, CancellationToken cancellationToken) =>
        await service.GetAsync(caseId, "plan", cancellationToken) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound();

    private static async Task<Results<Created<GoalView>, NotFound>> AddGoalAsync(Guid caseId, GoalInput input, PlanService service, CancellationToken cancellationToken)
    {
        if (await service.AddGoalAsync(caseId, input, cancellationToken) is not { } goal || await service.GetGoalAsync(goal.Id, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Created($"/api/v1/plan-goals/{goal.Id}", view.Goal);
    }

    private static async Task<Results<Ok<GoalCheckResponse>, NotFound>> CheckAsync(Guid caseId, GoalInput input, PlanService service, CancellationToken cancellationToken)
    {
        InputRules.Enforce(input);
        return await service.CheckGoalAsync(caseId, input, null, cancellationToken) is { } result
            ? TypedResults.Ok(new GoalCheckResponse(result.Findings, result.Language, PlanChecker.RulesVersion))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Created, NotFound>> ReviewAsync(Guid caseId, ReviewInput input, PlanService service, CancellationToken cancellationToken) =>
        await service.AddReviewAsync(caseId, input, cancellationToken) is { } review
            ? TypedResults.Created($"/api/v1/cases/{caseId}/plan#review-{review.Id}")
            : TypedResults.NotFound();

    private static async Task<Results<Ok<GoalView>, NotFound>> GetGoalAsync(Guid id, PlanService service, CancellationToken cancellationToken) =>
        await service.GetGoalAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found.Goal) : TypedResults.NotFound();

    private static async Task<Results<Ok<GoalView>, NotFound>> UpdateGoalAsync(Guid id, GoalInput input, PlanService service, CancellationToken cancellationToken) =>
        await service.UpdateGoalAsync(id, input, cancellationToken) && await service.GetGoalAsync(id, cancellationToken) is { } updated
            ? TypedResults.Ok(updated.Goal)
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RemoveGoalAsync(Guid id, uint? version, PlanService service, CancellationToken cancellationToken)
    {
        if (version is null)
        {
            throw new InvalidInputException("version", "Send the version of the goal you read, as ?version=.");
        }

        return await service.RemoveGoalAsync(id, version.Value, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
