using Lantern.Practice.Language;
using Lantern.Practice.Planning;

namespace Lantern.Core.Plans;

public sealed record GoalView(
    Guid Id,
    Guid? PersonId,
    BehaviourChange? Change,
    string Behaviour,
    string Purpose,
    string SuccessIndicator,
    string Measure,
    string VerifiedBy,
    DateOnly? ReviewOn,
    GoalStatus Status,
    IReadOnlyList<Guid> MapEntryIds,
    string Services,
    uint Version)
{
    public bool IsOverdue(DateOnly today) => ReviewOn < today && Status is not (GoalStatus.Met or GoalStatus.NotMet);

    public IReadOnlyList<string> ServiceList => Services.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public GoalFacts ToFacts() => new()
    {
        Id = Id,
        PersonId = PersonId,
        Change = Change,
        Behaviour = Behaviour,
        Purpose = Purpose,
        SuccessIndicator = SuccessIndicator,
        Measure = Measure,
        VerifiedBy = VerifiedBy,
        ReviewOn = ReviewOn,
        MapEntryIds = MapEntryIds,
        Services = ServiceList,
        IsMet = Status == GoalStatus.Met,
    };
}

/// <summary>A map entry a goal can answer, in a few words.</summary>
public sealed record MapEntryChoice(Guid Id, Practice.Mapping.MapComponent Component, string Category, string Description);

public sealed record ProgressView(Guid GoalId, GoalStatus Status, string Note);

public sealed record ReviewView(Guid Id, DateOnly ReviewedOn, string Summary, DateOnly? NextReviewOn, string ReviewerName, IReadOnlyList<ProgressView> Progress);

/// <summary>A safety plan's existence, for those who may see it (others never learn of it).</summary>
public sealed record SafetyPlanSummary(Guid Id, Guid PersonId, string PersonName, DateTimeOffset UpdatedAt);

public sealed record CasePlanView(
    Guid CaseId,
    string Reference,
    Guid? PlanId,
    PlanStatus Status,
    DateOnly? NextReviewOn,
    IReadOnlyList<PlanPerson> People,
    IReadOnlyList<GoalView> Goals,
    IReadOnlyList<PlanFinding> Findings,
    IReadOnlyDictionary<Guid, IReadOnlyList<LanguageFinding>> Language,
    IReadOnlyList<ReviewView> Reviews,
    IReadOnlyList<MapEntryChoice> MapEntries,
    IReadOnlyList<SafetyPlanSummary> SafetyPlans,
    bool MayChange)
{
    public string NameOf(Guid? id) => id is { } value ? People.FirstOrDefault(p => p.Id == value)?.Name ?? "someone no longer on the case" : "More than one person";

    public IEnumerable<GoalView> GoalsOf(Guid? personId) => Goals.Where(g => g.PersonId == personId);

    public IEnumerable<PlanFinding> FindingsFor(Guid goalId) => Findings.Where(f => f.GoalId == goalId);

    public bool IsReviewOverdue(DateOnly today) => NextReviewOn < today;
}

/// <summary>A case with goals or a plan review past their date, for caseloads and the team view.</summary>
public sealed record OverduePlan(Guid CaseId, string Reference, string? WorkerName, int OverdueGoals, DateOnly? ReviewDue, DateOnly? EarliestGoalDue);
