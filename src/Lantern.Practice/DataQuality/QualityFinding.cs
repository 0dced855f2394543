namespace Lantern.Practice.DataQuality;

/// <summary>The kind of record a finding is about, which decides the page where it is put right.</summary>
public enum QualityRecordKind
{
    Case,
    Person,
    Relationship,
    Intake,
    Note,
}

/// <summary>
/// One record that breaks one rule: the record (<paramref name="RecordId"/> of <paramref name="Kind"/>), a short label
/// for it, and what is wrong in plain words. <paramref name="CaseId"/> is the case the problem was found on (if any);
/// <paramref name="PersonId"/> the first person of a relationship; <paramref name="OtherPersonId"/> the other person of
/// a likely duplicate. No field beyond names, references and dates is ever carried.
/// </summary>
public sealed record QualityFinding(
    string RuleId,
    QualityRecordKind Kind,
    Guid RecordId,
    string Record,
    string Problem,
    Guid? CaseId = null,
    Guid? PersonId = null,
    Guid? OtherPersonId = null);
