using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.People;

/// <summary>People within the caller's scope. A confidential address leaves here only for a permitted viewer who asks, and that view is audited.</summary>
public sealed class PersonService(LanternDbContext db, AuditTrail audit, CaseAccess access, TimeProvider clock)
{
    public async Task<PersonDetail?> GetAsync(Guid id, bool revealConfidentialAddress, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            await access.RecordDeniedPersonAsync(id, AuditAction.PersonViewed, cancellationToken);
            return null;
        }

        var participations = await db.Participants.AsNoTracking()
            .Where(p => p.PersonId == id)
            .OrderByDescending(p => p.Case!.OpenedOn)
            .Select(p => new { p.CaseId, p.Case!.Reference, p.Case.Status, p.Role, p.Case.OwningAgencyId })
            .ToListAsync(cancellationToken);
        var ownAgency = db.Scope.Kind == ScopeKind.System || participations.Any(p => p.OwningAgencyId == db.Scope.AgencyId);
        var caseIds = participations.Select(p => p.CaseId).ToList();
        var adults = await db.Participants.AsNoTracking()
            .Where(p => caseIds.Contains(p.CaseId) && p.PersonId != id && p.Role != ParticipantRole.Child)
            .Select(p => new { p.CaseId, p.PersonId, p.Role })
            .ToListAsync(cancellationToken);
        var names = await PersonNames.ForAsync(db, adults.Select(a => a.PersonId), cancellationToken);
        var adultsByCase = adults.Where(a => names.ContainsKey(a.PersonId)).OrderBy(a => a.Role)
            .ToLookup(a => a.CaseId, a => new ParticipantName(a.PersonId, names[a.PersonId].FullName, a.Role));
        var relationships = await PersonNames.RelationshipsAsync(db,
            db.Relationships.Where(r => r.PersonId == id || r.RelatedPersonId == id), cancellationToken);

        var visibility = ownAgency
            ? VisibilityFor(person, revealConfidentialAddress)
            : await PartnerVisibilityAsync(person, revealConfidentialAddress, cancellationToken);
        var entries = new List<AuditEntry> { new(AuditAction.PersonViewed, PersonId: id) };
        if (visibility == AddressVisibility.Revealed)
        {
            entries.Add(new(AuditAction.ConfidentialAddressViewed, PersonId: id));
        }

        await audit.SaveAsync(cancellationToken, [.. entries]);
        var address = visibility is AddressVisibility.Shown or AddressVisibility.Revealed ? person.Address : null;
        return new PersonDetail(person.Id, person.GivenName, person.FamilyName, person.Aliases, person.DateOfBirth, person.DateOfBirthAccuracy,
            person.Gender, person.PreferredLanguage, person.InterpreterNeeded, ownAgency ? person.Phone : null, ownAgency ? person.Email : null, address,
            person.AddressIsConfidential, visibility, person.SafeContact, ownAgency, person.Version,
            participations.Select(p => new PersonCase(p.CaseId, p.Reference, p.Status, p.Role, adultsByCase[p.CaseId].ToList())).ToList(),
            relationships);
    }

    private AddressVisibility VisibilityFor(Person person, bool reveal)
    {
        if (!person.AddressIsConfidential || string.IsNullOrEmpty(person.Address))
        {
            return AddressVisibility.Shown;
        }

        if (!db.Scope.MayViewConfidentialAddresses)
        {
            return AddressVisibility.Withheld;
        }

        return reveal ? AddressVisibility.Revealed : AddressVisibility.HiddenCanReveal;
    }

    /// <summary>
    /// A partner agency's user, who sees the person only through a share: a confidential address only with an
    /// individual grant while the share includes the survivor's location (and it is not withheld from them).
    /// </summary>
    private async Task<AddressVisibility> PartnerVisibilityAsync(Person person, bool reveal, CancellationToken cancellationToken)
    {
        if (!person.AddressIsConfidential || string.IsNullOrEmpty(person.Address))
        {
            return AddressVisibility.Shown;
        }

        var me = db.Scope.UserId;
        var agency = db.Scope.AgencyId;
        var today = db.Scope.Today;
        var sharingLocation = db.CaseShares.Where(Sharing.ShareRules.InForceOn(today))
            .Where(s => s.PartnerAgencyId == agency && (s.Categories & Sharing.InformationCategory.SurvivorLocation) != Sharing.InformationCategory.None)
            .Select(s => s.CaseId);
        var withheld = db.Withholdings.Where(w => w.LiftedAt == null && (w.UserId == me || w.AgencyId == agency)
            && (w.Categories & Sharing.InformationCategory.SurvivorLocation) != Sharing.InformationCategory.None).Select(w => w.CaseId);
        var granted = await db.LocationGrants.AsNoTracking().AnyAsync(g => g.PersonId == person.Id && g.UserId == me && g.RevokedAt == null
            && sharingLocation.Contains(g.CaseId) && !withheld.Contains(g.CaseId), cancellationToken);
        return !granted ? AddressVisibility.Withheld : reveal ? AddressVisibility.Revealed : AddressVisibility.HiddenCanReveal;
    }

    public async Task<IReadOnlyList<PersonSummary>> SearchAsync(string? name, int take = 25, CancellationToken cancellationToken = default)
    {
        var search = name?.Trim().ToUpperInvariant();
        var people = db.People.AsNoTracking();
        if (!string.IsNullOrEmpty(search))
        {
            // A restricted case's people are found only by its allocated team (and worker).
            var me = db.Scope.UserId;
            var team = db.Scope.TeamId;
            people = people.Where(p => p.SearchName.Contains(search)
                && p.Participations.Any(cp => !cp.Case!.IsRestricted || cp.Case.AllocatedWorkerId == me || (team != null && cp.Case.TeamId == team)));
        }

        var found = await people.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).Take(Math.Clamp(take, 1, 100))
            .Select(p => new PersonSummary(p.Id, p.GivenName + " " + p.FamilyName, p.DateOfBirth, p.DateOfBirthAccuracy))
            .ToListAsync(cancellationToken);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.PersonSearched, Detail: $"results={found.Count}"));
        return found;
    }

    /// <summary>Records a new person as a participant in a case the caller may change.</summary>
    public async Task<Person> CreateAsync(NewPersonInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var caseExists = input.CaseId is { } caseId && await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken);
        if (input.CaseId is not null && !caseExists)
        {
            await access.RecordDeniedCaseAsync(input.CaseId.Value, AuditAction.PersonCreated, cancellationToken);
        }

        access.EnsureMayWrite();
        if (caseExists)
        {
            await access.EnsureMayChangeCaseAsync(input.CaseId!.Value, cancellationToken);
        }

        InputRules.Enforce(input, caseExists || input.CaseId is null ? null : new() { ["CaseId"] = ["No case with this id is open to you."] });
        var now = clock.Now();
        var person = new Person { GivenName = "", FamilyName = "", RecordedByAgencyId = db.Scope.AgencyId, CreatedAt = now };
        Apply(person, input, mayTouchConfidentialAddress: true);
        person.UpdatedAt = now;
        db.People.Add(person);
        var participant = new CaseParticipant { CaseId = input.CaseId!.Value, PersonId = person.Id, Role = input.Role!.Value, AddedAt = now };
        db.Participants.Add(participant);
        // The change, its audit row and its share of the kept figures are kept or lost together.
        await using var figuresWork = await UnitOfWork.BeginAsync(db, cancellationToken);
        await audit.SaveAsync(cancellationToken,
            new AuditEntry(AuditAction.PersonCreated, CaseId: participant.CaseId, PersonId: person.Id),
            new AuditEntry(AuditAction.ParticipantAdded, CaseId: participant.CaseId, PersonId: person.Id, SubjectId: participant.Id, Detail: $"role={participant.Role}"));
        await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, participant.CaseId, clock.Today(), clock.Now(), cancellationToken);
        await figuresWork.CommitAsync(cancellationToken);
        return person;
    }

    /// <returns>False when the person is not visible to the caller.</returns>
    public async Task<bool> UpdateAsync(Guid id, PersonUpdateInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            await access.RecordDeniedPersonAsync(id, AuditAction.PersonUpdated, cancellationToken);
            return false;
        }

        await access.EnsureMayChangePeopleAsync([id], cancellationToken);
        InputRules.Enforce(input);
        db.Entry(person).Property(p => p.Version).OriginalValue = input.Version!.Value;
        var mayTouch = !person.AddressIsConfidential || db.Scope.MayViewConfidentialAddresses;
        if (mayTouch && person.AddressIsConfidential && input.AddressIsConfidential && string.IsNullOrWhiteSpace(input.Address))
        {
            // A permitted viewer who has not revealed the address reads it as empty; sending that back must not erase
            // a survivor's safe address. To remove it, also clear AddressIsConfidential.
            input = input with { Address = person.Address };
        }

        var changed = Apply(person, input, mayTouch);
        person.UpdatedAt = clock.Now();
        await access.SaveEditAsync(new AuditEntry(AuditAction.PersonUpdated, PersonId: id, Detail: CaseService.FieldList(changed)), cancellationToken);
        return true;
    }

    private static List<string> Apply(Person person, PersonInput input, bool mayTouchConfidentialAddress)
    {
        var changed = new List<string>();
        CaseService.Track(changed, "GivenName", person.GivenName, input.GivenName!.Trim(), v => person.GivenName = v);
        CaseService.Track(changed, "FamilyName", person.FamilyName, input.FamilyName!.Trim(), v => person.FamilyName = v);
        CaseService.Track(changed, "Aliases", person.Aliases, Clean(input.Aliases), v => person.Aliases = v);
        CaseService.Track(changed, "DateOfBirth", person.DateOfBirth, input.DateOfBirth, v => person.DateOfBirth = v);
        var accuracy = input.DateOfBirth is null ? DateOfBirthAccuracy.Unknown
            : input.DateOfBirthAccuracy == DateOfBirthAccuracy.Unknown ? DateOfBirthAccuracy.Exact : input.DateOfBirthAccuracy;
        CaseService.Track(changed, "DateOfBirthAccuracy", person.DateOfBirthAccuracy, accuracy, v => person.DateOfBirthAccuracy = v);
        CaseService.Track(changed, "Gender", person.Gender, Clean(input.Gender), v => person.Gender = v);
        CaseService.Track(changed, "PreferredLanguage", person.PreferredLanguage, Clean(input.PreferredLanguage), v => person.PreferredLanguage = v);
        CaseService.Track(changed, "InterpreterNeeded", person.InterpreterNeeded, input.InterpreterNeeded, v => person.InterpreterNeeded = v);
        CaseService.Track(changed, "Phone", person.Phone, Clean(input.Phone), v => person.Phone = v);
        CaseService.Track(changed, "Email", person.Email, Clean(input.Email), v => person.Email = v);
        CaseService.Track(changed, "SafeContact", person.SafeContact, Clean(input.SafeContact), v => person.SafeContact = v);
        if (mayTouchConfidentialAddress)
        {
            CaseService.Track(changed, "Address", person.Address, Clean(input.Address), v => person.Address = v);
            CaseService.Track(changed, "AddressIsConfidential", person.AddressIsConfidential, input.AddressIsConfidential, v => person.AddressIsConfidential = v);
        }

        person.RefreshSearchName();
        return changed;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
