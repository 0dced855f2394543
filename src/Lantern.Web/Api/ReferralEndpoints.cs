using Lantern.Core.Referrals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Api;

/// <summary>/api/v1 referrals: a case's referrals and making one (the case's own agency), the inbox and outbox, and moving a referral along (the providing agency).</summary>
public static class ReferralEndpoints
{
    public static void MapReferralEndpoints(this RouteGroupBuilder api)
    {
        var forCase = api.MapGroup("/cases/{caseId}/referrals").WithTags("Referrals");
        forCase.MapGet("", ListForCaseAsync).WithSummary("The referrals made on the case that the caller may see (each read is audited).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        forCase.MapPost("", SendAsync).WithSummary("Refer a person in the case to a service in the directory; the service's agency is notified.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var referrals = api.MapGroup("/referrals").WithTags("Referrals");
        referrals.MapGet("", BoxesAsync).WithSummary("The inbox (referrals to the caller's agency's services) and the outbox (referrals its users sent).");
        referrals.MapGet("/{id}", GetAsync).WithSummary("One referral (the read is audited).").ProducesProblem(StatusCodes.Status400BadRequest);
        referrals.MapPost("/{id}/status", ChangeStatusAsync)
            .WithSummary("Mark a referral received, accepted, declined (with a reason) or completed; the providing agency only. The referrer is notified.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<IReadOnlyList<ReferralView>>, NotFound>> ListForCaseAsync(Guid caseId, ReferralService service,
        CancellationToken cancellationToken) =>
        await service.ForCaseAsync(caseId, cancellationToken) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Created<ReferralView>, NotFound>> SendAsync(Guid caseId, ReferralInput input, ReferralService service,
        CancellationToken cancellationToken)
    {
        if (await service.SendAsync(caseId, input, cancellationToken) is not { } referral || await service.GetAsync(referral.Id, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Created($"/api/v1/referrals/{referral.Id}", view);
    }

    private static async Task<Ok<ReferralBoxes>> BoxesAsync(ReferralService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.BoxesAsync(cancellationToken));

    private static async Task<Results<Ok<ReferralView>, NotFound>> GetAsync(Guid id, ReferralService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } referral ? TypedResults.Ok(referral) : TypedResults.NotFound();

    private static async Task<Results<Ok<ReferralView>, NotFound>> ChangeStatusAsync(Guid id, StatusInput input, ReferralService service,
        CancellationToken cancellationToken) =>
        await service.ChangeStatusAsync(id, input, cancellationToken) && await service.GetAsync(id, cancellationToken) is { } referral
            ? TypedResults.Ok(referral)
            : TypedResults.NotFound();
}
