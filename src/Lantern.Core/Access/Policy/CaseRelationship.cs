namespace Lantern.Core.Access.Policy;

/// <summary>How a user stands to a case: the columns of the access policy (names as in access-policy.json).</summary>
public enum CaseRelationship
{
    OwnAllocation,
    SameTeam,
    SameAgency,
    RestrictedCase,
    PartnerWithConsent,
    PartnerWithoutConsent,
    OtherAgency,
}
