namespace Lantern.Practice.DataQuality;

/// <summary>Where a case stands, as the data quality rules need it.</summary>
public enum QualityCaseStatus
{
    Intake,
    Open,
    Closed,
}

/// <summary>A person's part in a case, as the data quality rules need it.</summary>
public enum QualityRole
{
    Child,
    Survivor,
    Perpetrator,
    OtherCaregiver,
    Other,
}

/// <summary>How far a recorded date of birth can be trusted.</summary>
public enum QualityDateAccuracy
{
    Unknown,
    Exact,
    Approximate,
}

/// <summary>A case's dates and the fields every live case needs.</summary>
public sealed record QualityCase(
    Guid Id,
    string Reference,
    QualityCaseStatus Status,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    bool HasTeam,
    bool HasAllocatedWorker)
{
    /// <summary>Intake and open cases are live: someone is working with the family.</summary>
    public bool IsLive => Status != QualityCaseStatus.Closed;
}

public sealed record QualityParticipant(Guid CaseId, Guid PersonId, QualityRole Role);

/// <summary>
/// A person's name parts and date of birth. <paramref name="NameShown"/> is false for someone the reader may not see
/// named in a list (a restricted case outside her team): such a person is described without a name and left out of
/// name matching, because a match would tell the reader the name.
/// </summary>
public sealed record QualityPerson(
    Guid Id,
    string GivenName,
    string FamilyName,
    string? Aliases,
    DateOnly? DateOfBirth,
    QualityDateAccuracy DateOfBirthAccuracy,
    bool NameShown = true);

public sealed record QualityRelationship(Guid Id, Guid PersonId, Guid RelatedPersonId, DateOnly? StartedOn, DateOnly? EndedOn);

/// <summary>An intake: when it was received and completed (a draft has no completion date), and whether its screening found domestic abuse.</summary>
public sealed record QualityIntake(Guid Id, Guid CaseId, DateOnly ReceivedOn, bool IsDraft, DateOnly? CompletedOn, bool DomesticAbuseIndicated);

public sealed record QualityNote(Guid Id, Guid CaseId, DateOnly OccurredOn);

/// <summary>
/// Everything the rules read, as of <paramref name="Today"/>. Notes may be only those that could break a rule (a case
/// has many notes; a loader may leave the rest in the database): the rules check each note they are given afresh.
/// </summary>
public sealed record QualityRecordSet(
    DateOnly Today,
    IReadOnlyList<QualityCase> Cases,
    IReadOnlyList<QualityParticipant> Participants,
    IReadOnlyList<QualityPerson> People,
    IReadOnlyList<QualityRelationship> Relationships,
    IReadOnlyList<QualityIntake> Intakes,
    IReadOnlyList<QualityNote> Notes);
