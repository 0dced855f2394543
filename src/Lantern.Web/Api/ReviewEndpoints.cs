using Lantern.Core.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>/api/v1 case review routes: samples, a case's reviews, one review with its pre-scores and evidence, and the reviewer's ratings.</summary>
public static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this RouteGroupBuilder api)
    {
        var samples = api.MapGroup("/review-samples").WithTags("Case reviews");
        samples.MapGet("", SamplesAsync).WithSummary("The agency's review samples, newest first, with how many of each are confirmed.");
        samples.MapPost("", DrawAsync)
            .WithSummary("Draw a random sample of the agency's cases open in a period (optionally one team's) and pre-score each. Give `seed` to repeat a draw.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        samples.MapGet("/{id}", SampleAsync).WithSummary("A sample's reviews with their ratings (the reviewer's where given, else the pre-score).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var forCase = api.MapGroup("/cases/{caseId}/reviews").WithTags("Case reviews");
        forCase.MapGet("", ForCaseAsync).WithSummary("A case's reviews, newest first.").ProducesProblem(StatusCodes.Status400BadRequest);
        forCase.MapPost("", StartAsync).WithSummary("Start a pre-scored review of the case (or get the one in progress).").ProducesProblem(StatusCodes.Status400BadRequest);

        var reviews = api.MapGroup("/reviews").WithTags("Case reviews");
        reviews.MapGet("/{id}", GetAsync).WithSummary("A review: each criterion's pre-score with its reasons and evidence, and the reviewer's rating.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        reviews.MapPut("/{id}", SaveAsync)
            .WithSummary("Save the reviewer's ratings; `confirm: true` needs all eight and closes the review. A rating that differs from the pre-score needs `changeReason`. Send the version you read (409 if someone saved first).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<IReadOnlyList<SampleSummary>>> SamplesAsync(ReviewService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.SamplesAsync(cancellationToken));

    private static async Task<Created<SampleView>> DrawAsync(SampleInput input, ReviewService service, CancellationToken cancellationToken)
    {
        var sample = await service.DrawAsync(input, cancellationToken);
        return TypedResults.Created($"/api/v1/review-samples/{sample.Sample.Id}", sample);
    }

    private static async Task<Results<Ok<SampleView>, NotFound>> SampleAsync(Guid id, ReviewService service, CancellationToken cancellationToken) =>
        await service.SampleAsync(id, cancellationToken) is { } sample ? TypedResults.Ok(sample) : TypedResults.NotFound();

    private static async Task<Results<Ok<CaseReviewList>, NotFound>> ForCaseAsync(Guid caseId, ReviewService service, CancellationToken cancellationToken) =>
        await service.ForCaseAsync(caseId, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Created<CaseReviewView>, NotFound>> StartAsync(Guid caseId, ReviewService service, CancellationToken cancellationToken) =>
        await service.StartAsync(caseId, cancellationToken) is { } id && await service.GetAsync(id, cancellationToken) is { } review
            ? TypedResults.Created($"/api/v1/reviews/{id}", review)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CaseReviewView>, NotFound>> GetAsync(Guid id, ReviewService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } review ? TypedResults.Ok(review) : TypedResults.NotFound();

    private static async Task<Results<Ok<CaseReviewView>, NotFound>> SaveAsync(Guid id, ReviewInput input, ReviewService service, CancellationToken cancellationToken) =>
        await service.SaveAsync(id, input, cancellationToken) && await service.GetAsync(id, cancellationToken) is { } review
            ? TypedResults.Ok(review)
            : TypedResults.NotFound();
}
