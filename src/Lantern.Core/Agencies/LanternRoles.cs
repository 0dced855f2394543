namespace Lantern.Core.Agencies;

public static class LanternRoles
{
    public const string Practitioner = nameof(Practitioner);
    public const string Supervisor = nameof(Supervisor);
    public const string Manager = nameof(Manager);
    public const string Reviewer = nameof(Reviewer);
    public const string PartnerPractitioner = nameof(PartnerPractitioner);
    public const string Administrator = nameof(Administrator);

    public static IReadOnlyList<string> All { get; } =
        [Practitioner, Supervisor, Manager, Reviewer, PartnerPractitioner, Administrator];

    /// <summary>Roles that work with case content (an administrator reads none).</summary>
    public static IReadOnlyList<string> CaseWork { get; } =
        [Practitioner, Supervisor, Manager, Reviewer, PartnerPractitioner];
}
