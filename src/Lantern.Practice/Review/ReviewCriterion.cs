namespace Lantern.Practice.Review;

/// <summary>
/// The eight things a case review asks of a record: three about practice with the family, five about how clearly the
/// five components are documented. The numbers are stored; never reuse or change them.
/// </summary>
public enum ReviewCriterion
{
    PartnershipWithSurvivor = 1,
    InterventionWithPerpetrator = 2,
    ChildrenSafeAndTogether = 3,
    CoerciveControlPattern = 4,
    PerpetratorHarmToChildren = 5,
    ProtectiveEfforts = 6,
    ImpactOnChildren = 7,
    IntersectingFactors = 8,
}

/// <summary>How evident a criterion is in the record.</summary>
public enum ReviewRating
{
    NotEvident = 0,
    PartlyEvident = 1,
    ClearlyEvident = 2,
}
