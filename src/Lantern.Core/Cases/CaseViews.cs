namespace Lantern.Core.Cases;

public sealed record ParticipantName(Guid PersonId, string Name, ParticipantRole Role);

public sealed record CaseSummary(
    Guid Id,
    string Reference,
    CaseStatus Status,
    DateOnly OpenedOn,
    string? TeamName,
    string? AllocatedWorkerName,
    IReadOnlyList<ParticipantName> Participants);

public sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}

public sealed record ParticipantView(Guid Id, Guid PersonId, string Name, ParticipantRole Role, DateOnly? DateOfBirth, People.DateOfBirthAccuracy DateOfBirthAccuracy, uint Version);

public sealed record RelationshipView(Guid Id, Guid PersonId, string PersonName, People.RelationshipKind Kind, Guid RelatedPersonId, string RelatedPersonName, DateOnly? StartedOn, DateOnly? EndedOn, uint Version);

public sealed record IntakeSummary(Guid Id, Intakes.IntakeSource Source, DateOnly ReceivedOn, Intakes.IntakeStatus Status, Practice.Screening.ScreeningOutcome ScreeningOutcome);

public sealed record CaseDetail(
    Guid Id,
    string Reference,
    CaseStatus Status,
    Guid OwningAgencyId,
    string OwningAgencyName,
    Guid? TeamId,
    string? TeamName,
    Guid? AllocatedWorkerId,
    string? AllocatedWorkerName,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    string PresentingConcerns,
    uint Version,
    IReadOnlyList<ParticipantView> Participants,
    IReadOnlyList<RelationshipView> Relationships,
    IReadOnlyList<IntakeSummary> Intakes);
