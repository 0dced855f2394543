using Lantern.Core.Implementation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>
/// /api/v1/implementation: the agency's implementation records (training, champions, practice meetings,
/// presentations, continuum self-assessments). Mapped under the practice-quality policy: supervisors, managers and
/// reviewers read; the services refuse writes (403) to a role that may not make them.
/// </summary>
public static class ImplementationEndpoints
{
    public static void MapImplementationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/implementation").WithTags("Implementation");
        group.MapGet("", (ImplementationOverviewService service, CancellationToken cancellationToken) => service.GetAsync(cancellationToken))
            .WithSummary("Training coverage, current champions, the latest practice meetings, presentations in the last 12 months and the latest self-assessment's movement.");

        group.MapGet("/training", TrainingAsync)
            .WithSummary("Training records, newest first; filter by `course` and by attendance `from` and `to` dates (inclusive). With the agency's core training coverage.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/training", RecordTrainingAsync)
            .WithSummary("Record attendance at one course on one day: `userIds` of the agency's staff and `names` of anyone else; one record per attendee.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/staff", (TrainingService service, CancellationToken cancellationToken) => service.StaffAsync(cancellationToken))
            .WithSummary("The agency's active staff, to choose attendees and champions from.");

        group.MapGet("/champions", (ChampionService service, CancellationToken cancellationToken) => service.ListAsync(cancellationToken))
            .WithSummary("Current and former practice champions.");
        group.MapPost("/champions", AddChampionAsync).WithSummary("Someone from the agency becomes a champion from a date.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/champions/{id}/end", EndChampionAsync).WithSummary("A champion steps down on a date.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/practice-meetings", (PracticeMeetingService service, CancellationToken cancellationToken) => service.ListAsync(cancellationToken))
            .WithSummary("Practice meetings, newest first; the count of cases discussed includes only cases the caller may see.");
        group.MapPost("/practice-meetings", CreateMeetingAsync)
            .WithSummary("Record a practice meeting: date, attendees, `caseReferences` of cases discussed (each must be a case the caller may see) and learning.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/practice-meetings/{id}", GetMeetingAsync)
            .WithSummary("One practice meeting; cases discussed that the caller may not see are left out.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPut("/practice-meetings/{id}", UpdateMeetingAsync)
            .WithSummary("Change a practice meeting; send the version you read (409 if someone saved first). Cases the caller may not see are kept.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/presentations", PresentationsAsync).WithSummary("Presentations, newest first; `since` a date when given.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/presentations", CreatePresentationAsync).WithSummary("Record a presentation of the model to a unit or a partner agency.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/continuum", (ContinuumService service, CancellationToken cancellationToken) => service.HistoryAsync(cancellationToken))
            .WithSummary("Every continuum self-assessment, oldest first, with the latest one's change since the one before.");
        group.MapPost("/continuum", CreateAssessmentAsync)
            .WithSummary("Record a self-assessment: a `level` (Destructive, Neglectful, PreCompetent, Competent, Proficient) with `evidence` for every `area`.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<TrainingList>> TrainingAsync(TrainingService service, CancellationToken cancellationToken,
        TrainingCourse? course = null, DateOnly? from = null, DateOnly? to = null) =>
        TypedResults.Ok(await service.ListAsync(course, from, to, cancellationToken));

    private static async Task<Created<IReadOnlyList<TrainingRecordView>>> RecordTrainingAsync(TrainingInput input, TrainingService service,
        CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/implementation/training", await service.RecordAsync(input, cancellationToken));

    private static async Task<Created<ChampionView>> AddChampionAsync(ChampionInput input, ChampionService service, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/implementation/champions", await service.AddAsync(input, cancellationToken));

    private static async Task<Results<Ok<ChampionView>, NotFound>> EndChampionAsync(Guid id, ChampionEndInput input, ChampionService service,
        CancellationToken cancellationToken) =>
        await service.EndAsync(id, input, cancellationToken) is { } ended ? TypedResults.Ok(ended) : TypedResults.NotFound();

    private static async Task<Created<PracticeMeetingView>> CreateMeetingAsync(PracticeMeetingInput input, PracticeMeetingService service,
        CancellationToken cancellationToken)
    {
        var created = await service.CreateAsync(input, cancellationToken);
        return TypedResults.Created($"/api/v1/implementation/practice-meetings/{created.Id}", created);
    }

    private static async Task<Results<Ok<PracticeMeetingView>, NotFound>> GetMeetingAsync(Guid id, PracticeMeetingService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } meeting ? TypedResults.Ok(meeting) : TypedResults.NotFound();

    private static async Task<Results<Ok<PracticeMeetingView>, NotFound>> UpdateMeetingAsync(Guid id, PracticeMeetingInput input, PracticeMeetingService service,
        CancellationToken cancellationToken) =>
        await service.UpdateAsync(id, input, cancellationToken) is { } meeting ? TypedResults.Ok(meeting) : TypedResults.NotFound();

    private static async Task<Ok<PresentationList>> PresentationsAsync(PresentationService service, CancellationToken cancellationToken, DateOnly? since = null) =>
        TypedResults.Ok(await service.ListAsync(since, cancellationToken));

    private static async Task<Created<PresentationView>> CreatePresentationAsync(PresentationInput input, PresentationService service, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/implementation/presentations", await service.CreateAsync(input, cancellationToken));

    private static async Task<Created<ContinuumAssessmentView>> CreateAssessmentAsync(ContinuumInput input, ContinuumService service, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/implementation/continuum", await service.CreateAsync(input, cancellationToken));
}
