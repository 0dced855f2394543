using System.ComponentModel.DataAnnotations;
using Lantern.Core.Cases;
using Lantern.Core.Intakes;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

public sealed record CompleteIntakeRequest
{
    /// <summary>The version the user saw; a different current version means someone else saved first.</summary>
    [Required(ErrorMessage = "The record version is missing: reload the page and try again.")]
    public uint? Version { get; init; }
}

/// <summary>
/// /api/v1/intakes: concerns and referrals with their domestic abuse screening. An intake is a draft until it is
/// completed, and it completes only with a screening outcome its answers support.
/// </summary>
public static class IntakeEndpoints
{
    public static void MapIntakeEndpoints(this RouteGroupBuilder api)
    {
        var forCase = api.MapGroup("/cases/{caseId}/intakes").WithTags("Intakes");
        forCase.MapGet("", ListForCaseAsync)
            .WithSummary("A case's intakes, most recently received first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        forCase.MapPost("", CreateForCaseAsync)
            .WithSummary("Record a draft intake on an existing case.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var intakes = api.MapGroup("/intakes").WithTags("Intakes");
        intakes.MapPost("", CreateWithNewCaseAsync)
            .WithSummary("Record a draft intake that opens a new case in intake, owned by the caller's agency.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        intakes.MapGet("/{id}", GetAsync)
            .WithSummary("One intake with its screening answers and outcome.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        intakes.MapPut("/{id}", UpdateAsync)
            .WithSummary("Change a draft intake; send the version you read (409 if someone saved first). A completed intake cannot change.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        intakes.MapPost("/{id}/complete", CompleteAsync)
            .WithSummary("Complete a draft intake; 400 naming the screening fields when the outcome is missing or its answers contradict it.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<IReadOnlyList<IntakeSummary>>, NotFound>> ListForCaseAsync(Guid caseId, IntakeService service,
        CancellationToken cancellationToken) =>
        await service.ListForCaseAsync(caseId, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Created<IntakeDetail>, NotFound>> CreateForCaseAsync(Guid caseId, IntakeInput input, IntakeService service,
        CancellationToken cancellationToken) =>
        await service.CreateAsync(caseId, input, cancellationToken) is { } created
            ? TypedResults.Created($"/api/v1/intakes/{created.Id}", await service.GetAsync(created.Id, cancellationToken))
            : TypedResults.NotFound();

    private static async Task<Created<IntakeDetail>> CreateWithNewCaseAsync(IntakeInput input, IntakeService service, CancellationToken cancellationToken)
    {
        var created = await service.CreateAsync(null, input, cancellationToken);
        return TypedResults.Created($"/api/v1/intakes/{created!.Id}", await service.GetAsync(created.Id, cancellationToken));
    }

    private static async Task<Results<Ok<IntakeDetail>, NotFound>> GetAsync(Guid id, IntakeService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Results<Ok<IntakeDetail>, NotFound>> UpdateAsync(Guid id, IntakeInput input, IntakeService service,
        CancellationToken cancellationToken)
    {
        if (!await service.UpdateAsync(id, input, cancellationToken) || await service.GetAsync(id, cancellationToken) is not { } updated)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(updated);
    }

    private static async Task<Results<Ok<IntakeDetail>, NotFound>> CompleteAsync(Guid id, CompleteIntakeRequest request, IntakeService service,
        CancellationToken cancellationToken)
    {
        InputRules.Enforce(request);
        if (!await service.CompleteAsync(id, request.Version!.Value, cancellationToken) || await service.GetAsync(id, cancellationToken) is not { } completed)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(completed);
    }
}
