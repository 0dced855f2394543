using Lantern.Core.Cases;
using Lantern.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Lantern.TestCommon;

/// <summary>Looks up seeded demonstration records by what a user would know of them.</summary>
public static class CaseFinder
{
    public static Task<Guid> CaseOfAsync(this LanternFactory factory, string familyName, ParticipantRole role = ParticipantRole.Survivor)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.WithSystemDbAsync(db => db.Participants
            .Where(p => p.Person!.FamilyName == familyName && p.Role == role)
            .Select(p => p.CaseId).FirstAsync());
    }

    public static Task<Guid> PersonAsync(this LanternFactory factory, string givenName, string familyName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.WithSystemDbAsync(db => db.People.Where(p => p.GivenName == givenName && p.FamilyName == familyName).Select(p => p.Id).FirstAsync());
    }

    /// <summary>Adds a person with a confidential address carrying a unique canary string to a case.</summary>
    public static Task<(Guid PersonId, string Canary)> AddCanaryPersonAsync(this LanternFactory factory, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var canary = "CANARY-" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
        return factory.WithSystemDbAsync(async db =>
        {
            var person = new Person
            {
                GivenName = "Safe",
                FamilyName = "Harbour",
                Address = $"{canary}, Refuge Road",
                AddressIsConfidential = true,
                RecordedByAgencyId = (await db.Cases.SingleAsync(c => c.Id == caseId)).OwningAgencyId,
            };
            person.RefreshSearchName();
            db.People.Add(person);
            db.Participants.Add(new CaseParticipant { CaseId = caseId, PersonId = person.Id, Role = ParticipantRole.Survivor });
            await db.SaveChangesAsync();
            return (person.Id, canary);
        });
    }
}
