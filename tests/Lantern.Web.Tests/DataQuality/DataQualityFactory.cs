using Lantern.Core.Agencies;
using Lantern.Core.Cases;
using Lantern.Core.Data;
using Lantern.Core.Intakes;
using Lantern.Core.Notes;
using Lantern.Core.People;
using Lantern.Practice.DataQuality;
using Lantern.Practice.Screening;
using Lantern.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.DataQuality;

/// <summary>
/// The demonstration data with one planted defect of every kind in the demo agency (each in a case or person of its
/// own, named "Quill…" so that nothing in the demo shares a name with them), and a second child welfare agency with a
/// manager (dq-other-manager) and no cases. Team A's defects are the demo supervisor's to see; those in team B, with no
/// team, or on a restricted team B case are the manager's only.
/// </summary>
public sealed class DataQualityFactory : LanternFactory
{
    public const string OtherManager = "dq-other-manager";

    /// <summary>Held in a planted person's confidential address: it must never reach the report, its CSV or the API.</summary>
    public string Canary { get; } = "CANARY-" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();

    /// <summary>The name of the person on a restricted case, whose name the manager (outside its team) must not see in the list.</summary>
    public const string RestrictedName = "Quillrestricted";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Every planted defect: the rule it breaks, the record that breaks it, and whether team A's supervisor may see it.</summary>
    public List<PlantedDefect> Planted { get; } = [];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedOtherAgencyAsync();
        await PlantAsync();
    }

    private async Task SeedOtherAgencyAsync()
    {
        var agency = new Agency { Name = "Quill Valley Children's Services", Type = AgencyType.ChildWelfare, CreatedAt = DateTimeOffset.UtcNow };
        await WithSystemDbAsync(async db =>
        {
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
        });

        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>();
        var user = new LanternUser { UserName = OtherManager, Email = $"{OtherManager}@test.lantern.invalid", EmailConfirmed = true, DisplayName = OtherManager, AgencyId = agency.Id };
        var created = await users.CreateAsync(user, Clients.DemoPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, LanternRoles.Manager);
    }

    private Task PlantAsync() => WithSystemDbAsync(async db =>
    {
        var agency = await db.Agencies.Where(a => a.Name == DemoData.ChildWelfareAgency).Select(a => a.Id).SingleAsync();
        var teamA = await db.Teams.Where(t => t.Name == "Family Safety Team A").Select(t => t.Id).SingleAsync();
        var teamB = await db.Teams.Where(t => t.Name == "Family Safety Team B").Select(t => t.Id).SingleAsync();
        var worker = await db.Users.Where(u => u.UserName == "worker").Select(u => u.Id).SingleAsync();
        var colleague = await db.Users.Where(u => u.UserName == "colleague").Select(u => u.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var today = Today;
        var number = 0;

        Case NewCase(Guid? team, Guid? allocated, CaseStatus status, DateOnly opened, DateOnly? closed = null, bool restricted = false)
        {
            number++;
            var entity = new Case
            {
                Reference = $"QUAL-{number:D4}",
                Status = status,
                OwningAgencyId = agency,
                TeamId = team,
                AllocatedWorkerId = allocated,
                OpenedOn = opened,
                ClosedOn = closed,
                PresentingConcerns = "Planted for the data quality report.",
                IsRestricted = restricted,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Cases.Add(entity);
            return entity;
        }

        Person NewPerson(Case entity, ParticipantRole role, string given, string family, DateOnly? born,
            DateOfBirthAccuracy accuracy = DateOfBirthAccuracy.Exact, string? address = null)
        {
            var person = new Person
            {
                GivenName = given,
                FamilyName = family,
                DateOfBirth = born,
                DateOfBirthAccuracy = born is null ? DateOfBirthAccuracy.Unknown : accuracy,
                Address = address,
                AddressIsConfidential = address is not null,
                RecordedByAgencyId = agency,
                CreatedAt = now,
                UpdatedAt = now,
            };
            person.RefreshSearchName();
            db.People.Add(person);
            db.Participants.Add(new CaseParticipant { CaseId = entity.Id, PersonId = person.Id, Role = role, AddedAt = now });
            return person;
        }

        Intake NewIntake(Case entity, DateOnly received, IntakeStatus status, ScreeningOutcome outcome, DateTimeOffset? completed)
        {
            var intake = new Intake
            {
                CaseId = entity.Id,
                Source = IntakeSource.School,
                ReceivedOn = received,
                Narrative = "Planted intake.",
                Status = status,
                ScreeningOutcome = outcome,
                RecordedById = worker,
                CreatedAt = now,
                CompletedAt = completed,
            };
            db.Intakes.Add(intake);
            return intake;
        }

        CaseNote NewNote(Case entity, DateOnly on)
        {
            var note = new CaseNote
            {
                CaseId = entity.Id,
                Kind = NoteKind.HomeVisit,
                WithWhom = "the mother",
                OccurredOn = on,
                Text = "Planted note.",
                AuthorId = worker,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.CaseNotes.Add(note);
            return note;
        }

        void Plant(QualityRule rule, Guid record, bool teamASees) => Planted.Add(new PlantedDefect(rule.Id, record, teamASees));

        // Team A, allocated to nobody: the case itself is the defect; every other record on it breaks one rule each.
        var a = NewCase(teamA, null, CaseStatus.Open, today.AddDays(-60));
        Plant(QualityRules.CaseWithoutWorker, a.Id, true);
        NewPerson(a, ParticipantRole.Survivor, "Quillmother", "Tester", new DateOnly(1988, 2, 2), address: $"{Canary}, a safe address");
        var noBirth = NewPerson(a, ParticipantRole.Child, "Quillchild", "Tester", null);
        Plant(QualityRules.ChildWithoutDateOfBirth, noBirth.Id, true);
        Plant(QualityRules.PersonWithoutName, NewPerson(a, ParticipantRole.Other, "Quillnameless", "", new DateOnly(1970, 1, 1)).Id, true);
        Plant(QualityRules.BirthInFuture, NewPerson(a, ParticipantRole.Other, "Quillfuture", "Tester", today.AddDays(10)).Id, true);
        Plant(QualityRules.BirthBefore1900, NewPerson(a, ParticipantRole.Other, "Quillancient", "Tester", new DateOnly(1850, 6, 1)).Id, true);
        Plant(QualityRules.ChildAged18, NewPerson(a, ParticipantRole.Child, "Quilladult", "Tester", today.AddYears(-20)).Id, true);
        var first = NewPerson(a, ParticipantRole.Other, "Siobhán", "Quill-Tester", new DateOnly(1985, 5, 5));
        var partnerA = NewPerson(a, ParticipantRole.Perpetrator, "Quillfather", "Tester", new DateOnly(1984, 3, 3));
        var backwards = new Relationship { PersonId = partnerA.Id, RelatedPersonId = noBirth.Id, Kind = RelationshipKind.ParentOf, StartedOn = today.AddYears(-2), EndedOn = today.AddYears(-3), CreatedAt = now };
        db.Relationships.Add(backwards);
        Plant(QualityRules.RelationshipBackwards, backwards.Id, true);
        Plant(QualityRules.IntakeUnfinished, NewIntake(a, today.AddDays(-30), IntakeStatus.Draft, ScreeningOutcome.NotScreened, null).Id, true);
        Plant(QualityRules.IntakeInFuture, NewIntake(a, today.AddDays(5), IntakeStatus.Draft, ScreeningOutcome.NotScreened, null).Id, true);
        Plant(QualityRules.IntakeCompletedEarly, NewIntake(a, today.AddDays(-5), IntakeStatus.Completed, ScreeningOutcome.NoIndicatorsFound, now.AddDays(-20)).Id, true);
        Plant(QualityRules.NoteBeforeCase, NewNote(a, today.AddDays(-90)).Id, true);
        Plant(QualityRules.NoteInFuture, NewNote(a, today.AddDays(3)).Id, true);

        // No team: nobody's team sees it.
        var noTeam = NewCase(null, worker, CaseStatus.Open, today.AddDays(-20));
        NewPerson(noTeam, ParticipantRole.Child, "Quillteamless", "Tester", today.AddYears(-4));
        Plant(QualityRules.CaseWithoutTeam, noTeam.Id, false);

        Plant(QualityRules.CaseWithoutChild, NewCase(teamA, worker, CaseStatus.Open, today.AddDays(-15)).Id, true);

        // Team B: domestic abuse found at intake, no survivor; and the other half of a likely duplicate.
        var b = NewCase(teamB, colleague, CaseStatus.Open, today.AddDays(-40));
        NewPerson(b, ParticipantRole.Child, "Quillson", "Tester", today.AddYears(-9));
        NewIntake(b, today.AddDays(-40), IntakeStatus.Completed, ScreeningOutcome.DomesticAbuseIndicated, now.AddDays(-39));
        Plant(QualityRules.CaseWithoutSurvivor, b.Id, false);
        var second = NewPerson(b, ParticipantRole.Other, "siobhan", "quill  tester", new DateOnly(1985, 9, 1), DateOfBirthAccuracy.Approximate);
        Plant(QualityRules.LikelyDuplicate, first.Id.CompareTo(second.Id) < 0 ? first.Id : second.Id, false);

        Plant(QualityRules.ClosedWithoutDate, NewCase(teamA, worker, CaseStatus.Closed, today.AddDays(-300)).Id, true);
        Plant(QualityRules.OpenedInFuture, NewCase(teamA, worker, CaseStatus.Intake, today.AddDays(7)).Id, true);
        Plant(QualityRules.ClosedBeforeOpened, NewCase(teamA, worker, CaseStatus.Closed, today.AddDays(-100), today.AddDays(-200)).Id, true);

        // A restricted team B case: the manager sees the defect, but not the name.
        var restricted = NewCase(teamB, colleague, CaseStatus.Open, today.AddDays(-10), restricted: true);
        Plant(QualityRules.ChildWithoutDateOfBirth, NewPerson(restricted, ParticipantRole.Child, RestrictedName, "Tester", null).Id, false);

        await db.SaveChangesAsync();
    });
}

/// <summary>One record planted to break one rule.</summary>
public sealed record PlantedDefect(string RuleId, Guid RecordId, bool TeamASupervisorSees);
