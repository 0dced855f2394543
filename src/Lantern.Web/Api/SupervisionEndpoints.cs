using Lantern.Core.Supervision;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>
/// /api/v1 supervision routes: a case's sessions, one session, recording and changing one (a supervisor or manager of
/// the case's agency; 403 for other roles), and the caller's own supervision. Outside the caller's agency or cases: 404.
/// </summary>
public static class SupervisionEndpoints
{
    public static void MapSupervisionEndpoints(this RouteGroupBuilder api)
    {
        var forCase = api.MapGroup("/cases/{caseId}/supervision").WithTags("Supervision");
        forCase.MapGet("", ListAsync).WithSummary("The case's supervision sessions, newest first, and the actions still open from them, overdue first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        forCase.MapPost("", CreateAsync)
            .WithSummary("Record a supervision session held by the caller: date, worker, components discussed, gaps found, coaching areas and notes, "
                + "actions (description, due date), and follow-ups of earlier open actions (actionId, status Done/NotDone/Open, note, version). "
                + "Action rows with every field empty are ignored.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var sessions = api.MapGroup("/supervision").WithTags("Supervision");
        sessions.MapGet("", MineAsync).WithSummary("The caller's own supervision: sessions held recently (supervisors and managers) and open actions, overdue first.");
        sessions.MapGet("/{id}", GetAsync).WithSummary("One supervision session with the actions agreed at it and the earlier actions it followed up.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        sessions.MapPut("/{id}", UpdateAsync)
            .WithSummary("Change a session; send the version you read, and each existing action's id and version (409 if someone saved first). "
                + "An agreed action is never removed: one left out is kept as it is.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<SupervisionList>, NotFound>> ListAsync(Guid caseId, SupervisionService service, CancellationToken cancellationToken) =>
        await service.ListForCaseAsync(caseId, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Created<SupervisionView>, NotFound>> CreateAsync(Guid caseId, SupervisionInput input, SupervisionService service,
        CancellationToken cancellationToken)
    {
        if (await service.CreateAsync(caseId, input, cancellationToken) is not { } created || await service.GetAsync(created.Id, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Created($"/api/v1/supervision/{created.Id}", view);
    }

    private static async Task<Results<Ok<SupervisionView>, NotFound>> GetAsync(Guid id, SupervisionService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<SupervisionView>, NotFound>> UpdateAsync(Guid id, SupervisionInput input, SupervisionService service,
        CancellationToken cancellationToken) =>
        await service.UpdateAsync(id, input, cancellationToken) && await service.GetAsync(id, cancellationToken) is { } updated
            ? TypedResults.Ok(updated)
            : TypedResults.NotFound();

    private static async Task<Ok<MySupervision>> MineAsync(SupervisionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.MineAsync(cancellationToken));
}
