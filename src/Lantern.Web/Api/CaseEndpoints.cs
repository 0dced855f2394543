using Lantern.Core.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>/api/v1/cases. A case outside the caller's scope answers 404, never 403, so its existence does not leak.</summary>
public static class CaseEndpoints
{
    public static void MapCaseEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapGet("/", ListAsync).WithSummary("Cases the caller may see, newest first; search by reference or a person's name.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        cases.MapGet("/{id}", GetAsync).WithSummary("One case with its participants, relationships and intakes.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        cases.MapPost("/", CreateAsync).WithSummary("Open a case in intake, owned by the caller's agency.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        cases.MapPut("/{id}", UpdateAsync).WithSummary("Change a case; send the version you read (409 if someone saved first).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<CasePage>> ListAsync(CaseService service, string? search, CaseStatus? status, bool? mine, int? page, int? pageSize,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(new CaseListQuery(search, status, mine ?? false, page ?? 1, pageSize ?? 25), cancellationToken));

    private static async Task<Results<Ok<CaseDetail>, NotFound>> GetAsync(Guid id, CaseService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Created<CaseDetail>> CreateAsync(NewCaseInput input, CaseService service, CancellationToken cancellationToken)
    {
        var created = await service.CreateAsync(input, cancellationToken);
        var detail = await service.GetAsync(created.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/cases/{created.Id}", detail);
    }

    private static async Task<Results<Ok<CaseDetail>, NoContent, NotFound>> UpdateAsync(Guid id, CaseUpdateInput input, CaseService service,
        CancellationToken cancellationToken)
    {
        if (!await service.UpdateAsync(id, input, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        // A change of team or worker can move the case out of the caller's own scope: saved, but no longer theirs to read.
        return await service.GetAsync(id, cancellationToken) is { } updated ? TypedResults.Ok(updated) : TypedResults.NoContent();
    }
}
