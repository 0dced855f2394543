using Lantern.Core.Map;
using Lantern.Core.Validation;
using Lantern.Practice.Mapping;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>One component of the map with its entries.</summary>
public sealed record MapComponentResponse(MapComponent Component, IReadOnlyList<MapEntryView> Entries);

/// <summary>A case's map: the five components, what we don't know yet, worker safety, and his pattern elsewhere.</summary>
public sealed record CaseMapResponse(
    Guid CaseId,
    string Reference,
    IReadOnlyList<MapPerson> People,
    MapComponentResponse CoerciveControl,
    MapComponentResponse HarmToChild,
    MapComponentResponse ProtectiveEfforts,
    MapComponentResponse ChildImpact,
    MapComponentResponse IntersectingFactors,
    IReadOnlyList<MapGap> Gaps,
    IReadOnlyList<WorkerSafetyAlert> WorkerSafety,
    IReadOnlyList<PatternElsewhere> Elsewhere,
    string TaxonomyVersion)
{
    public static CaseMapResponse From(CaseMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        MapComponentResponse Part(MapComponent component) => new(component, map.In(component).ToList());
        return new CaseMapResponse(map.CaseId, map.Reference, map.People, Part(MapComponent.CoerciveControl), Part(MapComponent.HarmToChild),
            Part(MapComponent.ProtectiveEfforts), Part(MapComponent.ChildImpact), Part(MapComponent.IntersectingFactors), map.Gaps, map.WorkerSafety,
            map.Elsewhere, map.Taxonomy.Version);
    }
}

/// <summary>/api/v1 map routes: a case's map, its entries, and a perpetrator's pattern across the cases the caller may see.</summary>
public static class MapEndpoints
{
    public static void MapMapEndpoints(this RouteGroupBuilder api)
    {
        var forCase = api.MapGroup("/cases/{caseId}/map").WithTags("Map");
        forCase.MapGet("", GetMapAsync)
            .WithSummary("The case's five-component map: coerciveControl, harmToChild, protectiveEfforts, childImpact, intersectingFactors, and gaps (rule id and message).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        forCase.MapPost("/entries", AddAsync)
            .WithSummary("Add an entry to the case's map. Behaviours default to the case's one perpetrator, protective efforts to its one survivor.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var entries = api.MapGroup("/map-entries").WithTags("Map");
        entries.MapGet("/{id}", GetEntryAsync).WithSummary("One map entry.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        entries.MapPut("/{id}", UpdateAsync).WithSummary("Change a map entry; send the version you read (409 if someone saved first).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        entries.MapDelete("/{id}", RemoveAsync).WithSummary("Take an entry off the map; send the version you read as ?version= (409 if someone saved first).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/people/{personId}/pattern", GetPatternAsync).WithTags("Map")
            .WithSummary("A perpetrator's behaviours across every case the caller may see, with earlier relationships marked.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Ok<CaseMapResponse>, NotFound>> GetMapAsync(Guid caseId, MapService service, CancellationToken cancellationToken) =>
        await service.GetAsync(caseId, "map", cancellationToken) is { } map ? TypedResults.Ok(CaseMapResponse.From(map)) : TypedResults.NotFound();

    private static async Task<Results<Created<MapEntryView>, NotFound>> AddAsync(Guid caseId, MapEntryInput input, MapService service,
        CancellationToken cancellationToken)
    {
        if (await service.AddAsync(caseId, input, cancellationToken) is not { } added || await service.GetEntryAsync(added.Id, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Created($"/api/v1/map-entries/{added.Id}", view);
    }

    private static async Task<Results<Ok<MapEntryView>, NotFound>> GetEntryAsync(Guid id, MapService service, CancellationToken cancellationToken) =>
        await service.GetEntryAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Results<Ok<MapEntryView>, NotFound>> UpdateAsync(Guid id, MapEntryInput input, MapService service,
        CancellationToken cancellationToken) =>
        await service.UpdateAsync(id, input, cancellationToken) && await service.GetEntryAsync(id, cancellationToken) is { } updated
            ? TypedResults.Ok(updated)
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> RemoveAsync(Guid id, uint? version, MapService service, CancellationToken cancellationToken)
    {
        if (version is null)
        {
            throw new InvalidInputException("version", "Send the version of the entry you read, as ?version=.");
        }

        return await service.RemoveAsync(id, version.Value, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<PerpetratorPattern>, NotFound>> GetPatternAsync(Guid personId, MapService service, CancellationToken cancellationToken) =>
        await service.GetPatternAsync(personId, cancellationToken) is { } pattern ? TypedResults.Ok(pattern) : TypedResults.NotFound();
}
