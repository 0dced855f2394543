using System.ComponentModel.DataAnnotations;
using Lantern.Core.Cases;

namespace Lantern.Core.People;

public record PersonInput
{
    public const int MaxSafeContactLength = 1000;

    [Required(ErrorMessage = "Enter the person's given name.")]
    [StringLength(100, ErrorMessage = "Keep the given name under 100 characters.")]
    public string? GivenName { get; init; }

    [Required(ErrorMessage = "Enter the person's family name.")]
    [StringLength(100, ErrorMessage = "Keep the family name under 100 characters.")]
    public string? FamilyName { get; init; }

    [StringLength(400, ErrorMessage = "Keep other names under 400 characters.")]
    public string? Aliases { get; init; }

    public DateOnly? DateOfBirth { get; init; }
    public DateOfBirthAccuracy DateOfBirthAccuracy { get; init; }

    [StringLength(60, ErrorMessage = "Keep gender under 60 characters.")]
    public string? Gender { get; init; }

    [StringLength(60, ErrorMessage = "Keep the language under 60 characters.")]
    public string? PreferredLanguage { get; init; }

    public bool InterpreterNeeded { get; init; }

    [StringLength(40, ErrorMessage = "Keep the phone number under 40 characters.")]
    [RegularExpression(@"^[0-9 +()\-]*$", ErrorMessage = "Enter a phone number using digits, spaces, brackets, + or -.")]
    public string? Phone { get; init; }

    [StringLength(200, ErrorMessage = "Keep the email address under 200 characters.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
    public string? Email { get; init; }

    [StringLength(400, ErrorMessage = "Keep the address under 400 characters.")]
    public string? Address { get; init; }

    public bool AddressIsConfidential { get; init; }

    [StringLength(MaxSafeContactLength, ErrorMessage = "Keep the safe way to contact under 1,000 characters.")]
    public string? SafeContact { get; init; }
}

public sealed record NewPersonInput : PersonInput
{
    [Required(ErrorMessage = "Choose the case this person is part of.")]
    public Guid? CaseId { get; init; }

    [Required(ErrorMessage = "Choose the person's role in this case.")]
    public ParticipantRole? Role { get; init; }
}

public sealed record PersonUpdateInput : PersonInput
{
    /// <summary>
    /// When the caller may not see a confidential address, the address they post is ignored rather than
    /// overwriting what they cannot see.
    /// </summary>
    [Required(ErrorMessage = "The record version is missing: reload the page and try again.")]
    public uint? Version { get; init; }
}
