namespace Lantern.Core.Access.Policy;

/// <summary>A resource and an operation on it: one row of the access policy.</summary>
public readonly record struct AccessRight(string Resource, string Operation)
{
    public override string ToString() => $"{Resource}.{Operation}";
}

/// <summary>The rows the code asks about; each must be in access-policy.json (checked when the policy loads).</summary>
public static class AccessRights
{
    public static readonly AccessRight ReadCase = new("case", "read");
    public static readonly AccessRight UpdateCase = new("case", "update");
    public static readonly AccessRight ReadSafetyPlan = new("safety-plan", "read");
    public static readonly AccessRight OverrideConsent = new("sharing", "override-consent");
    public static readonly AccessRight UpdateSupervision = new("supervision", "update");
    public static readonly AccessRight ReadReview = new("review", "read");
    public static readonly AccessRight ReadTeamNotes = new("team-notes", "read");
    public static readonly AccessRight ReadDashboard = new("dashboard", "read");
    public static readonly AccessRight ReadDataQuality = new("data-quality", "read");
    public static readonly AccessRight ReadImplementation = new("implementation", "read");
    public static readonly AccessRight RecordImplementation = new("implementation", "record");
    public static readonly AccessRight RecordPracticeMeeting = new("practice-meeting", "record");
    public static readonly AccessRight ReadCaseLists = new("case-list", "read");
    public static readonly AccessRight ReadAudit = new("audit", "read");
    public static readonly AccessRight Administer = new("administration", "manage");

    public static IReadOnlyList<AccessRight> AskedByTheCode { get; } =
    [
        ReadCase, UpdateCase, ReadSafetyPlan, OverrideConsent, UpdateSupervision, ReadReview, ReadTeamNotes, ReadDashboard, ReadDataQuality,
        ReadImplementation, RecordImplementation, RecordPracticeMeeting, ReadCaseLists, ReadAudit, Administer,
    ];
}
