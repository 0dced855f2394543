using Lantern.Core.Meetings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>/api/v1 multi-agency meeting routes: a case's meetings, one meeting's pack (for the caller's agency or, for the case's own agency, a preview of another's), and actions.</summary>
public static class MeetingEndpoints
{
    public static void MapMeetingEndpoints(this RouteGroupBuilder api)
    {
        var forCase = api.MapGroup("/cases/{caseId}/meetings").WithTags("Meetings");
        forCase.MapGet("", ListAsync).WithSummary("The case's meetings, newest first, and the actions still open from them.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        forCase.MapPost("", CreateAsync)
            .WithSummary("Record a meeting: kind, date, purpose, attendees by agency, minutes by component, decisions and actions (owner, due date, status). Rows with every field empty are ignored.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var meetings = api.MapGroup("/meetings").WithTags("Meetings");
        meetings.MapGet("/{id}", GetAsync).WithSummary("The meeting's pack for the caller's agency: agenda, minutes and map entries of the components it may see, plan status, decisions and actions.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        meetings.MapGet("/{id}/packs/{agencyId}", PackAsync)
            .WithSummary("What another agency will see of the meeting (the case's own agency only; 404 for anyone else).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        meetings.MapPut("/{id}", UpdateAsync).WithSummary("Change a meeting; send the version you read, and each existing action's id and version (409 if someone saved first). An existing action sent empty is removed.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var actions = api.MapGroup("/meeting-actions").WithTags("Meetings");
        actions.MapGet("", OpenActionsAsync).WithSummary("Open actions from meetings on every case the caller may see, overdue first; `mine=true` for those owned by the caller's agency.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        actions.MapPost("/{id}/progress", ProgressAsync).WithSummary("Record where an action has got to (the case's own agency, or the agency that owns the action); send the version you read.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<MeetingList>, NotFound>> ListAsync(Guid caseId, MeetingService service, CancellationToken cancellationToken) =>
        await service.ListForCaseAsync(caseId, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Created<MeetingView>, NotFound>> CreateAsync(Guid caseId, MeetingInput input, MeetingService service,
        CancellationToken cancellationToken)
    {
        if (await service.CreateAsync(caseId, input, cancellationToken) is not { } created || await service.GetForChangeAsync(created.Id, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Created($"/api/v1/meetings/{created.Id}", view);
    }

    private static async Task<Results<Ok<MeetingPack>, NotFound>> GetAsync(Guid id, MeetingService service, CancellationToken cancellationToken) =>
        await service.PackAsync(id, null, cancellationToken) is { } pack ? TypedResults.Ok(pack) : TypedResults.NotFound();

    private static async Task<Results<Ok<MeetingPack>, NotFound>> PackAsync(Guid id, Guid agencyId, MeetingService service, CancellationToken cancellationToken) =>
        await service.PackAsync(id, agencyId, cancellationToken) is { } pack ? TypedResults.Ok(pack) : TypedResults.NotFound();

    private static async Task<Results<Ok<MeetingView>, NotFound>> UpdateAsync(Guid id, MeetingInput input, MeetingService service, CancellationToken cancellationToken) =>
        await service.UpdateAsync(id, input, cancellationToken) && await service.GetForChangeAsync(id, cancellationToken) is { } updated
            ? TypedResults.Ok(updated)
            : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<OpenAction>>> OpenActionsAsync(MeetingService service, CancellationToken cancellationToken, bool mine = false) =>
        TypedResults.Ok(await service.OpenActionsAsync(mine, cancellationToken));

    private static async Task<Results<NoContent, NotFound>> ProgressAsync(Guid id, ActionProgressInput input, MeetingService service, CancellationToken cancellationToken) =>
        await service.RecordProgressAsync(id, input, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
