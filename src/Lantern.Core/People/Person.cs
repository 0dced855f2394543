using Lantern.Core.Cases;

namespace Lantern.Core.People;

public sealed class Person : IVersioned, ISoftDeletable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }

    /// <summary>Other names the person is known by, separated by semicolons.</summary>
    public string? Aliases { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public DateOfBirthAccuracy DateOfBirthAccuracy { get; set; }
    public string? Gender { get; set; }
    public string? PreferredLanguage { get; set; }
    public bool InterpreterNeeded { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }

    /// <summary>A survivor's safe address: hidden unless the viewer holds the permission, and every view audited.</summary>
    public bool AddressIsConfidential { get; set; }

    /// <summary>
    /// How to reach the person safely ("her mobile, weekdays 10–2; never leave a message"): what partner agencies
    /// use instead of her address, phone and email, which they do not see.
    /// </summary>
    public string? SafeContact { get; set; }

    /// <summary>Upper-cased "given family aliases" for case-insensitive search on both databases.</summary>
    public string SearchName { get; set; } = "";
    public Guid RecordedByAgencyId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDeleted { get; set; }
    public uint Version { get; set; }
    public List<CaseParticipant> Participations { get; } = [];

    public string FullName => $"{GivenName} {FamilyName}";

    public void RefreshSearchName() =>
        SearchName = $"{GivenName} {FamilyName} {Aliases}".Trim().ToUpperInvariant();
}
