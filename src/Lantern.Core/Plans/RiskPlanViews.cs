namespace Lantern.Core.Plans;

public sealed record RiskView(string Description, RiskLevel? Likelihood, RiskLevel? Seriousness);

public sealed record RiskActionView(string Description, string Owner, DateOnly? DueOn, DateOnly? DoneOn)
{
    public bool IsOverdue(DateOnly today) => DoneOn is null && DueOn < today;
}

public sealed record RiskPlanView(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    string Concern,
    DateOnly? ReviewOn,
    IReadOnlyList<RiskView> Risks,
    IReadOnlyList<RiskActionView> Actions,
    string CreatedByName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version)
{
    public bool IsReviewOverdue(DateOnly today) => ReviewOn < today;
}

/// <summary>A plan in a case's list: the concern, how many risks and open actions, and when it is reviewed.</summary>
public sealed record RiskPlanSummary(Guid Id, string Concern, DateOnly? ReviewOn, int Risks, int OpenActions, DateTimeOffset UpdatedAt);

public sealed record RiskPlanList(Guid CaseId, string Reference, IReadOnlyList<RiskPlanSummary> Plans);
