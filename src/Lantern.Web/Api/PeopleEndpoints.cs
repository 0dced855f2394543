using Lantern.Core.People;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>
/// /api/v1/people. A person is visible through a case the caller may see. A confidential address is sent only to a
/// caller who holds the permission and asks for it (includeConfidentialAddress=true); that view is audited.
/// </summary>
public static class PeopleEndpoints
{
    public static void MapPeopleEndpoints(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");
        people.MapGet("", SearchAsync)
            .WithSummary("Find people the caller may see by any part of a name or other name (up to 100; 25 unless take says otherwise).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        people.MapGet("/{id}", GetAsync)
            .WithSummary("One person with their cases and relationships. A confidential address is withheld unless includeConfidentialAddress=true and the caller may see it.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        people.MapPost("", CreateAsync)
            .WithSummary("Record a new person as a participant in a case, in a role.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        people.MapPut("/{id}", UpdateAsync)
            .WithSummary("Change a person's details; send the version you read (409 if someone saved first). A confidential address sent empty is kept; a caller without the permission cannot change it.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<IReadOnlyList<PersonSummary>>> SearchAsync(PersonService service, string? name, int? take,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SearchAsync(name, take ?? 25, cancellationToken));

    private static async Task<Results<Ok<PersonDetail>, NotFound>> GetAsync(Guid id, bool? includeConfidentialAddress, PersonService service,
        CancellationToken cancellationToken) =>
        await service.GetAsync(id, includeConfidentialAddress ?? false, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Created<PersonDetail>> CreateAsync(NewPersonInput input, PersonService service, CancellationToken cancellationToken)
    {
        var created = await service.CreateAsync(input, cancellationToken);
        return TypedResults.Created($"/api/v1/people/{created.Id}", await service.GetAsync(created.Id, revealConfidentialAddress: false, cancellationToken));
    }

    private static async Task<Results<Ok<PersonDetail>, NotFound>> UpdateAsync(Guid id, PersonUpdateInput input, PersonService service,
        CancellationToken cancellationToken)
    {
        if (!await service.UpdateAsync(id, input, cancellationToken)
            || await service.GetAsync(id, revealConfidentialAddress: false, cancellationToken) is not { } updated)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(updated);
    }
}
