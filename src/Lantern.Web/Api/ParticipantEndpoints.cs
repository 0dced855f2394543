using Lantern.Core.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>/api/v1/cases/{caseId}/participants: who is part of a case, and in what role.</summary>
public static class ParticipantEndpoints
{
    public static void MapParticipantEndpoints(this RouteGroupBuilder api)
    {
        var participants = api.MapGroup("/cases/{caseId}/participants").WithTags("Participants");
        participants.MapGet("", ListAsync)
            .WithSummary("The people in a case with their roles, children last.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        participants.MapGet("/{participantId}", GetAsync)
            .WithSummary("One participant in a case.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        participants.MapPost("", AddAsync)
            .WithSummary("Add a person the caller can already see to this case, in a role. To record someone new, use POST /api/v1/people.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        participants.MapPut("/{participantId}", ChangeRoleAsync)
            .WithSummary("Change a participant's role; send the version you read (409 if someone saved first).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<IReadOnlyList<ParticipantView>>, NotFound>> ListAsync(Guid caseId, ParticipantService service,
        CancellationToken cancellationToken) =>
        await service.ListAsync(caseId, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Ok<ParticipantView>, NotFound>> GetAsync(Guid caseId, Guid participantId, ParticipantService service,
        CancellationToken cancellationToken) =>
        await FindAsync(service, caseId, participantId, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Results<Created<ParticipantView>, NotFound>> AddAsync(Guid caseId, ParticipantInput input, ParticipantService service,
        CancellationToken cancellationToken)
    {
        if (await service.AddAsync(caseId, input, cancellationToken) is not { } added)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Created($"/api/v1/cases/{caseId}/participants/{added.Id}", await FindAsync(service, caseId, added.Id, cancellationToken));
    }

    private static async Task<Results<Ok<ParticipantView>, NotFound>> ChangeRoleAsync(Guid caseId, Guid participantId, ParticipantInput input,
        ParticipantService service, CancellationToken cancellationToken)
    {
        if (!await service.ChangeRoleAsync(caseId, participantId, input, cancellationToken)
            || await FindAsync(service, caseId, participantId, cancellationToken) is not { } changed)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(changed);
    }

    private static async Task<ParticipantView?> FindAsync(ParticipantService service, Guid caseId, Guid participantId, CancellationToken cancellationToken) =>
        (await service.ListAsync(caseId, cancellationToken))?.SingleOrDefault(p => p.Id == participantId);
}
