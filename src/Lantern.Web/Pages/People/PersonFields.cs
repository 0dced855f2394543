using Lantern.Core.Cases;
using Lantern.Core.People;
using Lantern.Web.Pages.Forms;

namespace Lantern.Web.Pages.People;

/// <summary>A person's details as the add and edit forms post them.</summary>
public sealed class PersonFields
{
    /// <summary>Only when adding a person to a case: their role in it.</summary>
    public ParticipantRole? Role { get; set; }

    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? Aliases { get; set; }
    public DateParts DateOfBirth { get; set; } = new();
    public DateOfBirthAccuracy? DateOfBirthAccuracy { get; set; }
    public string? Gender { get; set; }
    public string? PreferredLanguage { get; set; }
    public bool InterpreterNeeded { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public bool AddressIsConfidential { get; set; }
    public string? SafeContact { get; set; }

    public static IReadOnlyList<Choice> Accuracies { get; } =
    [
        new(nameof(Core.People.DateOfBirthAccuracy.Exact), "Exact", "From a document, or the person or family is sure of it"),
        new(nameof(Core.People.DateOfBirthAccuracy.Approximate), "Approximate", "An estimate, for example from the age the person or others give"),
        new(nameof(Core.People.DateOfBirthAccuracy.Unknown), "Not known", "Leave the date empty"),
    ];

    /// <summary>The roles a person can hold in a case, in the agency's words, with what each means.</summary>
    public static IReadOnlyList<Choice> Roles(LanternSettings settings) =>
    [
        new(nameof(ParticipantRole.Child), Labels.ForRole(ParticipantRole.Child, settings), "A child or young person in the family, including an unborn child"),
        new(nameof(ParticipantRole.Survivor), Labels.ForRole(ParticipantRole.Survivor, settings),
            "The adult harmed by the abuse, and the default partner in keeping the children safe"),
        new(nameof(ParticipantRole.Perpetrator), Labels.ForRole(ParticipantRole.Perpetrator, settings),
            "The person whose abusive behaviour is the source of risk to the children and the survivor"),
        new(nameof(ParticipantRole.OtherCaregiver), Labels.ForRole(ParticipantRole.OtherCaregiver, settings),
            "Someone else who looks after the children, such as a grandparent"),
        new(nameof(ParticipantRole.Other), Labels.ForRole(ParticipantRole.Other, settings), "Anyone else involved with the family"),
    ];

    public static PersonFields From(PersonDetail person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new PersonFields
        {
            GivenName = person.GivenName,
            FamilyName = person.FamilyName,
            Aliases = person.Aliases,
            DateOfBirth = DateParts.From(person.DateOfBirth),
            DateOfBirthAccuracy = person.DateOfBirthAccuracy,
            Gender = person.Gender,
            PreferredLanguage = person.PreferredLanguage,
            InterpreterNeeded = person.InterpreterNeeded,
            Phone = person.Phone,
            Email = person.Email,
            Address = person.Address,
            AddressIsConfidential = person.AddressIsConfidential,
            SafeContact = person.SafeContact,
        };
    }

    /// <summary>The date of birth and how sure it is must agree; returns the problem with them, if any.</summary>
    public static string? CheckDateOfBirth(DateOnly? dateOfBirth, DateOfBirthAccuracy? accuracy) => (dateOfBirth, accuracy) switch
    {
        (not null, Core.People.DateOfBirthAccuracy.Unknown) => "You chose “not known” but entered a date of birth: choose exact or approximate, or clear the date.",
        (null, Core.People.DateOfBirthAccuracy.Exact or Core.People.DateOfBirthAccuracy.Approximate) => "Enter the date of birth, or choose “not known”.",
        _ => null,
    };

    public NewPersonInput ToNew(Guid caseId, DateOnly? dateOfBirth) => new()
    {
        CaseId = caseId,
        Role = Role,
        GivenName = GivenName,
        FamilyName = FamilyName,
        Aliases = Aliases,
        DateOfBirth = dateOfBirth,
        DateOfBirthAccuracy = Accuracy(dateOfBirth),
        Gender = Gender,
        PreferredLanguage = PreferredLanguage,
        InterpreterNeeded = InterpreterNeeded,
        Phone = Phone,
        Email = Email,
        Address = Address,
        AddressIsConfidential = AddressIsConfidential,
        SafeContact = SafeContact,
    };

    public PersonUpdateInput ToUpdate(uint? version, DateOnly? dateOfBirth) => new()
    {
        Version = version,
        GivenName = GivenName,
        FamilyName = FamilyName,
        Aliases = Aliases,
        DateOfBirth = dateOfBirth,
        DateOfBirthAccuracy = Accuracy(dateOfBirth),
        Gender = Gender,
        PreferredLanguage = PreferredLanguage,
        InterpreterNeeded = InterpreterNeeded,
        Phone = Phone,
        Email = Email,
        Address = Address,
        AddressIsConfidential = AddressIsConfidential,
        SafeContact = SafeContact,
    };

    private DateOfBirthAccuracy Accuracy(DateOnly? dateOfBirth) =>
        dateOfBirth is null ? Core.People.DateOfBirthAccuracy.Unknown : DateOfBirthAccuracy ?? Core.People.DateOfBirthAccuracy.Exact;
}
