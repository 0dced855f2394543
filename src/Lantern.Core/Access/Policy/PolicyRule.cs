namespace Lantern.Core.Access.Policy;

/// <summary>One row of the access policy: what each role gets, by its relationship to the case.</summary>
public sealed record PolicyRule(AccessRight AccessRight, bool AgencyWide, string? Category, string? Note, IReadOnlyDictionary<string, RoleGrant> Roles)
{
    public PolicyOutcome Outcome(string role, CaseRelationship? relationship) =>
        Roles.TryGetValue(role, out var grant) ? grant.Outcome(relationship) : PolicyOutcome.Refused;
}

/// <summary>A role's cell in a row: refused everywhere, or allowed for some relationships, refused for some, hidden for the rest.</summary>
public sealed record RoleGrant(bool RefusedEverywhere, IReadOnlySet<CaseRelationship> Allow, IReadOnlySet<CaseRelationship> Refuse)
{
    /// <summary>An agency-wide row's "allow": every relationship (there is none to ask about).</summary>
    public static RoleGrant Everywhere { get; } = new(false, Enum.GetValues<CaseRelationship>().ToHashSet(), new HashSet<CaseRelationship>());

    public static RoleGrant Nowhere { get; } = new(true, new HashSet<CaseRelationship>(), new HashSet<CaseRelationship>());

    public bool PermitsAny => !RefusedEverywhere && Allow.Count > 0;

    public PolicyOutcome Outcome(CaseRelationship? relationship) => RefusedEverywhere ? PolicyOutcome.Refused
        : relationship is not { } r ? (Allow.Count > 0 ? PolicyOutcome.Allowed : PolicyOutcome.Refused)
        : Allow.Contains(r) ? PolicyOutcome.Allowed
        : Refuse.Contains(r) ? PolicyOutcome.Refused
        : PolicyOutcome.Hidden;
}
