using Lantern.Practice.DataQuality;

namespace Lantern.Web.Pages.DataQuality;

/// <summary>Where each finding is put right: the page of the record it is about (a relationship is changed from its first person's page).</summary>
public static class DataQualityLinks
{
    public static string For(QualityFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Kind switch
        {
            QualityRecordKind.Case => $"/Cases/{finding.RecordId}",
            QualityRecordKind.Person => $"/People/{finding.RecordId}",
            QualityRecordKind.Relationship => $"/People/{finding.PersonId ?? finding.RecordId}",
            QualityRecordKind.Intake => $"/Intakes/{finding.RecordId}/Details",
            QualityRecordKind.Note => $"/Notes/{finding.RecordId}",
        };
    }

    /// <summary>The second person of a likely duplicate, to compare with the first.</summary>
    public static string? Other(QualityFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.OtherPersonId is { } other ? $"/People/{other}" : null;
    }

    /// <summary>The words of the link: what the reader will open.</summary>
    public static string Action(QualityFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Kind switch
        {
            QualityRecordKind.Case => "Open the case",
            QualityRecordKind.Person => finding.OtherPersonId is null ? "Open the person" : "Open the first person",
            QualityRecordKind.Relationship => "Open the person's relationships",
            QualityRecordKind.Intake => "Open the intake",
            QualityRecordKind.Note => "Open the note",
        };
    }

    public static string KindName(QualityRuleKind kind) => kind switch
    {
        QualityRuleKind.MissingField => "Missing information",
        QualityRuleKind.ImpossibleDate => "Impossible date",
        QualityRuleKind.LikelyDuplicate => "Likely duplicate",
    };
}
