namespace Lantern.Core.Access.Policy;

/// <summary>What a request answers under the policy.</summary>
public enum PolicyOutcome
{
    Allowed,

    /// <summary>404, as if the record did not exist, so that its existence does not leak.</summary>
    Hidden,

    /// <summary>403: the role may not do this at all, or the record is visible and the change is not the user's to make.</summary>
    Refused,
}
