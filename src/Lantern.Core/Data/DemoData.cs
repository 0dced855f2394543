using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Intakes;
using Lantern.Core.People;
using Lantern.Practice.Screening;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Data;

/// <summary>
/// Fictional demonstration data: five agencies, one account per role, the demonstration family from the
/// domain brief, and a dozen more cases, with one perpetrator who appears in two families.
/// </summary>
public static partial class DemoData
{
    public const string ChildWelfareAgency = "Northgate Children's Services";

    public static async Task SeedAsync(LanternDbContext db, UserManager<LanternUser> users, TimeProvider clock, string password,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        var now = clock.Now();
        var today = clock.Today();
        Agency NewAgency(string name, AgencyType type) => new() { Name = name, Type = type, CreatedAt = now };
        var welfare = NewAgency(ChildWelfareAgency, AgencyType.ChildWelfare);
        var refuge = NewAgency("Harbour Domestic Abuse Service", AgencyType.DomesticAbuseService);
        var police = NewAgency("Northgate Police", AgencyType.Police);
        var school = NewAgency("Riverside Primary School", AgencyType.School);
        var court = NewAgency("Northgate Family Court", AgencyType.Court);
        var teamA = new Team { Name = "Family Safety Team A", AgencyId = welfare.Id };
        var teamB = new Team { Name = "Family Safety Team B", AgencyId = welfare.Id };
        db.Agencies.AddRange(welfare, refuge, police, school, court);
        db.Teams.AddRange(teamA, teamB,
            new Team { Name = "Outreach", AgencyId = refuge.Id },
            new Team { Name = "Public Protection Unit", AgencyId = police.Id },
            new Team { Name = "Safeguarding", AgencyId = school.Id });
        await db.SaveChangesAsync(cancellationToken);

        async Task<LanternUser> Account(string userName, string displayName, Agency agency, Team? team, string role, bool confidential = false)
        {
            var user = new LanternUser
            {
                UserName = userName,
                Email = $"{userName}@demo.lantern.invalid",
                EmailConfirmed = true,
                DisplayName = displayName,
                AgencyId = agency.Id,
                TeamId = team?.Id,
                MayViewConfidentialAddresses = confidential,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
            return user;
        }

        var worker = await Account("worker", "Aisha Rahman", welfare, teamA, LanternRoles.Practitioner, confidential: true);
        var supervisor = await Account("supervisor", "Tom Whitfield", welfare, teamA, LanternRoles.Supervisor, confidential: true);
        var colleague = await Account("colleague", "Grace Mensah", welfare, teamB, LanternRoles.Practitioner);
        await Account("manager", "Helen Barker", welfare, null, LanternRoles.Manager);
        await Account("reviewer", "Owen Price", welfare, null, LanternRoles.Reviewer);
        await Account("advocate", "Nadia Kowalski", refuge, null, LanternRoles.PartnerPractitioner);
        await Account("officer", "DC Sean Doyle", police, null, LanternRoles.PartnerPractitioner);
        await Account("teacher", "Priya Shah", school, null, LanternRoles.PartnerPractitioner);
        await Account("admin", "System Administrator", welfare, null, LanternRoles.Administrator);

        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        var family = new FamilyWriter(db, welfare.Id, now);

        // The demonstration family: a long history of his abuse and drinking; three sons; new concerns from police and school.
        var calder = await family.CaseAsync(teamA, worker, CaseStatus.Open, today.AddYears(-1),
            "Domestic abuse by the father over many years, with alcohol misuse; new police concerns about the two older boys and school concerns about the youngest's care.", cancellationToken);
        var gavin = family.Person(calder, ParticipantRole.Perpetrator, "Gavin", "Calder", new DateOnly(1978, 3, 14), "Male", "12 Moor Lane, Northgate NG4 2LP");
        var morag = family.Person(calder, ParticipantRole.Survivor, "Morag", "Calder", new DateOnly(1981, 9, 2), "Female", "12 Moor Lane, Northgate NG4 2LP");
        var liam = family.Person(calder, ParticipantRole.Child, "Liam", "Calder", today.AddYears(-17).AddDays(-40), "Male", null);
        var ewan = family.Person(calder, ParticipantRole.Child, "Ewan", "Calder", today.AddYears(-14).AddDays(-100), "Male", null);
        var rory = family.Person(calder, ParticipantRole.Child, "Rory", "Calder", today.AddYears(-10).AddDays(-200), "Male", null);
        family.Relate(gavin, RelationshipKind.Partner, morag, today.AddYears(-15));
        foreach (var son in new[] { liam, ewan, rory })
        {
            family.Relate(gavin, RelationshipKind.ParentOf, son, null);
            family.Relate(morag, RelationshipKind.ParentOf, son, null);
        }

        family.Relate(liam, RelationshipKind.Sibling, ewan, null);
        family.Relate(ewan, RelationshipKind.Sibling, rory, null);
        family.Relate(liam, RelationshipKind.Sibling, rory, null);
        family.Intake(calder, IntakeSource.PoliceConcernForm, today.AddDays(-21),
            "Police concern form: the eldest son has been charged with sexual assault. Officers note previous call-outs to the home for domestic abuse by the father.",
            ScreeningOutcome.DomesticAbuseIndicated, yes: [ScreeningQuestion.HarmOrFearFromPartner, ScreeningQuestion.PoliceOrCourtInvolvement]);
        family.Intake(calder, IntakeSource.PoliceConcernForm, today.AddDays(-14),
            "Police concern form: the middle son has been charged with assault in the community.",
            ScreeningOutcome.DomesticAbuseIndicated, yes: [ScreeningQuestion.HarmOrFearFromPartner, ScreeningQuestion.ControllingBehaviour]);
        family.Intake(calder, IntakeSource.School, today.AddDays(-6),
            "The school's child-protection lead reports that the youngest, who is autistic, uses sexualised language and arrives unkempt, dirty and hungry. The father receives the boy's disability benefit and gives the mother a weekly sum for food.",
            ScreeningOutcome.DomesticAbuseIndicated, yes: [ScreeningQuestion.ControllingBehaviour, ScreeningQuestion.ChildrenHarmedOrUsed]);

        // One man who causes harm in two families: a former partner with a safe address, and a current family.
        var moss = await family.CaseAsync(teamA, worker, CaseStatus.Open, today.AddMonths(-8),
            "Former partner continues to threaten the mother through child contact arrangements; she and her daughter have moved to a safe address.", cancellationToken);
        var darren = family.Person(moss, ParticipantRole.Perpetrator, "Darren", "Whitlock", new DateOnly(1986, 6, 30), "Male", "Flat 3, 40 Quarry Road, Northgate NG2 7DW");
        var jade = family.Person(moss, ParticipantRole.Survivor, "Jade", "Moss", new DateOnly(1992, 1, 19), "Female", "Refuge address held by Harbour Domestic Abuse Service", confidential: true);
        var mia = family.Person(moss, ParticipantRole.Child, "Mia", "Moss", today.AddYears(-6).AddDays(-30), "Female", null);
        family.Relate(darren, RelationshipKind.FormerPartner, jade, today.AddYears(-9), today.AddYears(-3));
        family.Relate(darren, RelationshipKind.ParentOf, mia, null);
        family.Relate(jade, RelationshipKind.ParentOf, mia, null);
        family.Intake(moss, IntakeSource.OtherAgency, today.AddMonths(-8),
            "Referral from the domestic abuse service after the father sent threatening messages about contact handovers.",
            ScreeningOutcome.DomesticAbuseIndicated, yes: [ScreeningQuestion.HarmOrFearFromPartner, ScreeningQuestion.ChildrenHarmedOrUsed]);

        var burns = await family.CaseAsync(teamA, supervisor, CaseStatus.Intake, today.AddDays(-3),
            "Health visitor concern: injuries to the mother, the new partner controls her phone; a toddler and a nine-year-old in the home.", cancellationToken);
        family.Participate(burns, darren, ParticipantRole.Perpetrator);
        var kayleigh = family.Person(burns, ParticipantRole.Survivor, "Kayleigh", "Burns", new DateOnly(1995, 11, 8), "Female", "27 Ash Grove, Northgate NG5 1QT");
        var tyler = family.Person(burns, ParticipantRole.Child, "Tyler", "Burns", today.AddYears(-9), "Male", null);
        var ava = family.Person(burns, ParticipantRole.Child, "Ava", "Whitlock", today.AddYears(-2), "Female", null);
        family.Relate(darren, RelationshipKind.Partner, kayleigh, today.AddYears(-3));
        family.Relate(kayleigh, RelationshipKind.ParentOf, tyler, null);
        family.Relate(darren, RelationshipKind.StepParentOf, tyler, null);
        family.Relate(darren, RelationshipKind.ParentOf, ava, null);
        family.Relate(kayleigh, RelationshipKind.ParentOf, ava, null);
        family.Intake(burns, IntakeSource.Health, today.AddDays(-3),
            "Health visitor saw bruising to the mother's arms; she said her partner checks her phone and decides when she can go out.",
            ScreeningOutcome.NotScreened, draft: true, yes: [ScreeningQuestion.HarmOrFearFromPartner]);

        // A dozen more, varied in status, team, source and screening outcome.
        var more = new (string Father, string Mother, string Family, string Child, int ChildAge, IntakeSource Source, string Concern, ScreeningOutcome Outcome, CaseStatus Status, bool TeamA)[]
        {
            ("Craig", "Leanne", "Fairley", "Josh", 8, IntakeSource.School, "Child says he is frightened to go home when his father has been drinking.", ScreeningOutcome.DomesticAbuseIndicated, CaseStatus.Open, true),
            ("Marek", "Ola", "Nowak", "Zofia", 4, IntakeSource.Health, "Missed health appointments; mother attends with an interpreter and her husband answers for her.", ScreeningOutcome.DomesticAbuseIndicated, CaseStatus.Open, true),
            ("Jason", "Chloe", "Harper", "Ellie", 12, IntakeSource.Self, "Mother asks for help with her daughter's school refusal.", ScreeningOutcome.NoIndicatorsFound, CaseStatus.Closed, true),
            ("Imran", "Sadia", "Qureshi", "Ayaan", 7, IntakeSource.PoliceConcernForm, "Police called by a neighbour after shouting and breaking glass; the father was arrested.", ScreeningOutcome.DomesticAbuseIndicated, CaseStatus.Open, true),
            ("Lee", "Stacey", "Bright", "Harvey", 3, IntakeSource.Anonymous, "Anonymous caller worried about a toddler left alone in a flat.", ScreeningOutcome.UnableToScreenSafely, CaseStatus.Intake, true),
            ("Paul", "Dawn", "Ingram", "Megan", 15, IntakeSource.School, "Teenager disclosed that her stepfather tracks her mother's phone and reads her messages.", ScreeningOutcome.DomesticAbuseIndicated, CaseStatus.Open, false),
            ("Connor", "Shannon", "Reid", "Lily", 5, IntakeSource.OtherAgency, "Housing officer reports repeated damage to the front door and the mother's fear of her ex-partner.", ScreeningOutcome.DomesticAbuseIndicated, CaseStatus.Open, false),
            ("Dean", "Kerry", "Marsh", "Oscar", 9, IntakeSource.Health, "A&E attendance: child with a fractured wrist, account unclear.", ScreeningOutcome.DomesticAbuseIndicated, CaseStatus.Intake, false),
            ("Nathan", "Gemma", "Cole", "Ruby", 11, IntakeSource.School, "Child's attendance has dropped; she says she stays home to look after her mother.", ScreeningOutcome.DomesticAbuseIndicated, CaseStatus.Open, false),
            ("Andrew", "Fiona", "Lowe", "Isla", 2, IntakeSource.PoliceConcernForm, "Father breached a non-molestation order by turning up at the nursery.", ScreeningOutcome.DomesticAbuseIndicated, CaseStatus.Open, true),
            ("Ryan", "Amy", "Dunn", "Leo", 13, IntakeSource.Self, "Father asks for support after his partner's mental health crisis.", ScreeningOutcome.NoIndicatorsFound, CaseStatus.Closed, false),
            ("Gary", "Tracey", "Webb", "Alfie", 6, IntakeSource.OtherAgency, "Probation notes a man on licence for domestic abuse has moved in with a mother of a young child.", ScreeningOutcome.DomesticAbuseIndicated, CaseStatus.Open, true),
        };
        var index = 0;
        (Case Case, Person Father, Person Mother, Person Child)? fairley = null;
        foreach (var c in more)
        {
            index++;
            var team = c.TeamA ? teamA : teamB;
            var allocated = c.TeamA ? (index % 3 == 0 ? supervisor : worker) : colleague;
            var entity = await family.CaseAsync(team, allocated, c.Status, today.AddDays(-10 * index - 30), c.Concern, cancellationToken);
            if (c.Status == CaseStatus.Closed)
            {
                entity.ClosedOn = today.AddDays(-index);
            }

            var fatherRole = c.Outcome == ScreeningOutcome.DomesticAbuseIndicated ? ParticipantRole.Perpetrator : ParticipantRole.OtherCaregiver;
            var motherRole = c.Outcome == ScreeningOutcome.DomesticAbuseIndicated ? ParticipantRole.Survivor : ParticipantRole.OtherCaregiver;
            var father = family.Person(entity, fatherRole, c.Father, c.Family, today.AddYears(-30 - index % 9), "Male", $"{index + 2} Mill Street, Northgate NG{index % 7 + 1} 3AB");
            var mother = family.Person(entity, motherRole, c.Mother, c.Family, today.AddYears(-28 - index % 7), "Female", $"{index + 2} Mill Street, Northgate NG{index % 7 + 1} 3AB");
            var child = family.Person(entity, ParticipantRole.Child, c.Child, c.Family, today.AddYears(-c.ChildAge).AddDays(-index * 11), index % 2 == 0 ? "Male" : "Female", null);
            if (c.Family == "Fairley")
            {
                fairley = (entity, father, mother, child);
            }

            family.Relate(father, RelationshipKind.Partner, mother, today.AddYears(-c.ChildAge - 2));
            family.Relate(father, RelationshipKind.ParentOf, child, null);
            family.Relate(mother, RelationshipKind.ParentOf, child, null);
            family.Intake(entity, c.Source, entity.OpenedOn, c.Concern, c.Outcome,
                yes: c.Outcome == ScreeningOutcome.DomesticAbuseIndicated ? [ScreeningQuestion.HarmOrFearFromPartner] : [],
                draft: c.Status == CaseStatus.Intake);
        }

        var maps = new MapWriter(db, welfare.Id, worker.Id, now, today);
        MapCalder(maps, calder, gavin, morag, liam, ewan, rory);
        MapMoss(maps, moss, darren, jade, mia);
        MapBurnsHalfway(maps, burns, darren, kayleigh);
        ShareCalder(db, welfare, refuge, police, school, calder, morag, worker, now, today);
        MeetCalder(db, welfare, refuge, police, school, calder, worker, now, today);
        SuperviseCalder(db, calder, supervisor, worker, now, today);
        SeedServices(db, refuge, school, now);
        var plans = new PlanWriter(db, worker.Id, now, today);
        PlanCalder(plans, calder, gavin, morag, liam, ewan, rory);
        if (fairley is { } f)
        {
            PlanFairleyBadly(plans, f.Case, f.Father, f.Mother);
        }

        await ImplementAsync(db, welfare, worker, supervisor, colleague, calder, fairley?.Case, now, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var caseId in await db.Cases.Select(c => c.Id).ToListAsync(cancellationToken))
        {
            await Dashboards.CaseFiguresOnRecord.RefreshAsync(db, caseId, today, now, cancellationToken);
        }

        var audit = new AuditTrail(db, clock);
        await audit.SaveAsync(cancellationToken, new AuditEntry(AuditAction.DemoDataSeeded, Detail: $"cases={family.CaseCount}"));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Writes one family's records with consistent timestamps; no I/O until the caller saves.</summary>
    private sealed class FamilyWriter(LanternDbContext db, Guid agencyId, DateTimeOffset now)
    {
        public int CaseCount { get; private set; }

        public async Task<Case> CaseAsync(Team team, LanternUser worker, CaseStatus status, DateOnly openedOn, string concerns, CancellationToken cancellationToken)
        {
            var entity = new Case
            {
                Reference = await CaseReferences.NextAsync(db, cancellationToken),
                Status = status,
                OwningAgencyId = agencyId,
                TeamId = team.Id,
                AllocatedWorkerId = worker.Id,
                OpenedOn = openedOn,
                PresentingConcerns = concerns,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Cases.Add(entity);
            CaseCount++;
            return entity;
        }

        public Person Person(Case inCase, ParticipantRole role, string given, string family, DateOnly? born, string gender, string? address, bool confidential = false)
        {
            var person = new Person
            {
                GivenName = given,
                FamilyName = family,
                DateOfBirth = born,
                DateOfBirthAccuracy = born is null ? DateOfBirthAccuracy.Unknown : DateOfBirthAccuracy.Exact,
                Gender = gender,
                PreferredLanguage = "English",
                Address = address,
                AddressIsConfidential = confidential,
                RecordedByAgencyId = agencyId,
                CreatedAt = now,
                UpdatedAt = now,
            };
            person.RefreshSearchName();
            db.People.Add(person);
            Participate(inCase, person, role);
            return person;
        }

        public void Participate(Case inCase, Person person, ParticipantRole role) =>
            db.Participants.Add(new CaseParticipant { CaseId = inCase.Id, PersonId = person.Id, Role = role, AddedAt = now });

        public void Relate(Person a, RelationshipKind kind, Person b, DateOnly? from, DateOnly? to = null) =>
            db.Relationships.Add(new Relationship { PersonId = a.Id, RelatedPersonId = b.Id, Kind = kind, StartedOn = from, EndedOn = to, CreatedAt = now });

        public void Intake(Case inCase, IntakeSource source, DateOnly received, string narrative, ScreeningOutcome outcome, ScreeningQuestion[] yes, bool draft = false)
        {
            ScreeningAnswer Answer(ScreeningQuestion q) => yes.Contains(q) ? ScreeningAnswer.Yes
                : outcome == ScreeningOutcome.NoIndicatorsFound ? ScreeningAnswer.No : ScreeningAnswer.NotKnown;
            db.Intakes.Add(new Intake
            {
                CaseId = inCase.Id,
                Source = source,
                ReceivedOn = received,
                Narrative = narrative,
                Status = draft ? IntakeStatus.Draft : IntakeStatus.Completed,
                HarmOrFearFromPartner = Answer(ScreeningQuestion.HarmOrFearFromPartner),
                ControllingBehaviour = Answer(ScreeningQuestion.ControllingBehaviour),
                PoliceOrCourtInvolvement = Answer(ScreeningQuestion.PoliceOrCourtInvolvement),
                ChildrenHarmedOrUsed = Answer(ScreeningQuestion.ChildrenHarmedOrUsed),
                ScreeningOutcome = outcome,
                ReasonUnableToScreen = outcome == ScreeningOutcome.UnableToScreenSafely ? "The caller was anonymous and the family has not yet been seen." : null,
                RecordedById = inCase.AllocatedWorkerId ?? Guid.Empty,
                CreatedAt = now,
                CompletedAt = draft ? null : now,
            });
        }
    }
}
