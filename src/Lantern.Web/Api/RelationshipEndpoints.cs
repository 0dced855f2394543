using Lantern.Core.Cases;
using Lantern.Core.People;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>/api/v1/relationships, read as "Person is {Kind} RelatedPerson". Both people must be visible to the caller.</summary>
public static class RelationshipEndpoints
{
    public static void MapRelationshipEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/people/{id}/relationships", ListForPersonAsync)
            .WithTags("Relationships")
            .WithSummary("A person's relationships, in either direction, with people the caller may see.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var relationships = api.MapGroup("/relationships").WithTags("Relationships");
        relationships.MapGet("/{id}", GetAsync)
            .WithSummary("One relationship.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        relationships.MapPost("", CreateAsync)
            .WithSummary("Record a relationship between two people the caller may see.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        relationships.MapPut("/{id}", UpdateAsync)
            .WithSummary("Change a relationship; send the version you read (409 if someone saved first).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<IReadOnlyList<RelationshipView>>, NotFound>> ListForPersonAsync(Guid id, RelationshipService service,
        CancellationToken cancellationToken) =>
        await service.ListForPersonAsync(id, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Ok<RelationshipView>, NotFound>> GetAsync(Guid id, RelationshipService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Created<RelationshipView>> CreateAsync(RelationshipInput input, RelationshipService service, CancellationToken cancellationToken)
    {
        var created = await service.CreateAsync(input, cancellationToken);
        return TypedResults.Created($"/api/v1/relationships/{created.Id}", await service.GetAsync(created.Id, cancellationToken));
    }

    private static async Task<Results<Ok<RelationshipView>, NotFound>> UpdateAsync(Guid id, RelationshipInput input, RelationshipService service,
        CancellationToken cancellationToken)
    {
        if (!await service.UpdateAsync(id, input, cancellationToken) || await service.GetAsync(id, cancellationToken) is not { } updated)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(updated);
    }
}
