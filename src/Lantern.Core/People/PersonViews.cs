using Lantern.Core.Cases;

namespace Lantern.Core.People;

/// <summary>How the address reaches this viewer.</summary>
public enum AddressVisibility
{
    /// <summary>Not confidential: shown.</summary>
    Shown,

    /// <summary>Confidential, and this viewer asked to see it with the permission to: shown, and the view audited.</summary>
    Revealed,

    /// <summary>Confidential; this viewer holds the permission but has not asked to see it.</summary>
    HiddenCanReveal,

    /// <summary>Confidential; this viewer does not hold the permission.</summary>
    Withheld,
}

public sealed record PersonCase(Guid CaseId, string Reference, CaseStatus Status, ParticipantRole Role, IReadOnlyList<ParticipantName> OtherAdults);

/// <param name="SeenByOwnAgency">False when the reader sees the person only through a partner agency's share: no phone or email, and a confidential address only with a location grant.</param>
public sealed record PersonDetail(
    Guid Id,
    string GivenName,
    string FamilyName,
    string? Aliases,
    DateOnly? DateOfBirth,
    DateOfBirthAccuracy DateOfBirthAccuracy,
    string? Gender,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    string? Phone,
    string? Email,
    string? Address,
    bool AddressIsConfidential,
    AddressVisibility AddressVisibility,
    string? SafeContact,
    bool SeenByOwnAgency,
    uint Version,
    IReadOnlyList<PersonCase> Cases,
    IReadOnlyList<RelationshipView> Relationships)
{
    public string FullName => $"{GivenName} {FamilyName}";
}

public sealed record PersonSummary(Guid Id, string Name, DateOnly? DateOfBirth, DateOfBirthAccuracy DateOfBirthAccuracy);
