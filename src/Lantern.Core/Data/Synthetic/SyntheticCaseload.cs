using System.Diagnostics;
using Lantern.Core.Agencies;
using Lantern.Core.Audit;
using Lantern.Core.Cases;
using Lantern.Core.Intakes;
using Lantern.Core.People;
using Lantern.Practice.Screening;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Data.Synthetic;

/// <summary>Progress of a synthetic load, reported after each batch.</summary>
public sealed record SeedProgress(int CasesWritten, int CasesWanted, long RowsWritten, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsWritten / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Generates a realistic, deterministic caseload at scale into an empty database: one child welfare agency
/// with twenty teams, families of a survivor, a perpetrator and one to four children, about one perpetrator in
/// eight recurring from an earlier family with a new partner, partner and parent relationships, and one or two
/// intakes with screenings, and the practice records that dashboards count (notes, plans, map gaps and entries, reviews:
/// SyntheticCaseload.Practice.cs). The same seed always writes the same records.
/// </summary>
public sealed partial class SyntheticCaseload(LanternDbContext db, UserManager<LanternUser> users, TimeProvider clock)
{
    public const string AgencyName = "Synthetic County Children's Services";
    public const int TeamCount = 20;
    public const int WorkersPerTeam = 8;
    private const int BatchSize = 2000;

    public async Task<SeedProgress> SeedAsync(int caseCount, int seed, string password, IProgress<SeedProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(caseCount);
        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        var now = clock.Now();
        var today = clock.Today();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var agency = new Agency { Name = AgencyName, Type = AgencyType.ChildWelfare, CreatedAt = now };
        db.Agencies.Add(agency);
        var teams = Enumerable.Range(1, TeamCount).Select(i => new Team { Name = $"Family Safety Team {i:D2}", AgencyId = agency.Id }).ToList();
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync(cancellationToken);
        var workers = await CreateWorkersAsync(agency, teams, password, cancellationToken);
        await CreateLeadersAsync(agency, teams, password, seed, cancellationToken);

        // Perpetrators who may appear again in a later family (the pattern beyond one relationship).
        var recurring = new List<Guid>();
        long rows = 2 + TeamCount + workers.Count;
        var written = 0;

        // References carry on from those already issued, so that a caseload can be added beside existing cases.
        var issued = await db.Counters.Where(c => c.Name == CaseReferences.CounterName).Select(c => c.Value).SingleOrDefaultAsync(cancellationToken);

        // SQLite takes the rows through prepared statements (SaveChanges wrote about 7,000 rows a second there).
        using var sqlite = db.IsPostgres ? null : new SqliteBulkWriter(db);
        while (written < caseCount)
        {
            var batch = Math.Min(BatchSize, caseCount - written);
            for (var i = 0; i < batch; i++)
            {
                rows += AddFamily(issued + written + i + 1, agency.Id, teams, workers, recurring, random, now, today);
            }

            if (sqlite is not null)
            {
                await sqlite.WriteAddedAsync(cancellationToken);
            }
            else
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            written += batch;
            progress?.Report(new SeedProgress(written, caseCount, rows, watch.Elapsed));
        }

        await db.Counters.Where(c => c.Name == CaseReferences.CounterName)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + caseCount), cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await Dashboards.CaseFiguresOnRecord.RebuildAsync(db, progress: null, cancellationToken);
        if (sqlite is not null)
        {
            // The bulk writer passes by SaveChanges, which keeps these for every other save.
            await CaseSearchNamesOnRecord.RebuildAsync(db, cancellationToken, sqlite.WriteAddedAsync);
        }

        // Fresh statistics after a bulk load, so that the planner knows one agency holds every case and picks the
        // team and worker indexes for a practitioner's list (without them SQLite scanned the agency index).
        await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        await new AuditTrail(db, clock).SaveAsync(cancellationToken, new AuditEntry(AuditAction.DemoDataSeeded, Detail: $"synthetic cases={caseCount} seed={seed}"));
        return new SeedProgress(written, caseCount, rows, watch.Elapsed);
    }

    private async Task<List<(Guid Id, Guid TeamId)>> CreateWorkersAsync(Agency agency, List<Team> teams, string password, CancellationToken cancellationToken)
    {
        // Hash the shared password once: hashing is deliberately slow, and every generated worker has the same one.
        var template = new LanternUser { UserName = "template", DisplayName = "template", AgencyId = agency.Id };
        var hash = users.PasswordHasher.HashPassword(template, password);
        var role = await db.Roles.SingleAsync(r => r.Name == LanternRoles.Practitioner, cancellationToken);
        var workers = new List<(Guid, Guid)>();
        foreach (var (team, t) in teams.Select((team, t) => (team, t)))
        {
            for (var w = 1; w <= WorkersPerTeam; w++)
            {
                var name = $"worker{t + 1:D2}{w:D2}";
                var user = new LanternUser
                {
                    UserName = name,
                    NormalizedUserName = name.ToUpperInvariant(),
                    DisplayName = $"Worker {t + 1}.{w}",
                    AgencyId = agency.Id,
                    TeamId = team.Id,
                    PasswordHash = hash,
                    LockoutEnabled = true,
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
                workers.Add((user.Id, team.Id));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return workers;
    }

    private int AddFamily(long number, Guid agencyId, List<Team> teams, List<(Guid Id, Guid TeamId)> workers, List<Guid> recurring,
        Random random, DateTimeOffset now, DateOnly today)
    {
        var rows = 0;
        var worker = workers[random.Next(workers.Count)];
        var opened = today.AddDays(-random.Next(1, 3650));
        var status = random.Next(10) switch { 0 => CaseStatus.Intake, < 7 => CaseStatus.Open, _ => CaseStatus.Closed };
        var family = Pick(random, SyntheticNames.Family);
        var entity = new Case
        {
            Reference = CaseReferences.Format(number),
            Status = status,
            OwningAgencyId = agencyId,
            TeamId = worker.TeamId,
            AllocatedWorkerId = worker.Id,
            OpenedOn = opened,
            ClosedOn = status == CaseStatus.Closed ? opened.AddDays(random.Next(30, 400)) : null,
            PresentingConcerns = Pick(random, SyntheticNames.Concerns),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Cases.Add(entity);
        rows++;

        Person NewPerson(string given, string familyName, int age, string gender, bool confidential = false)
        {
            var person = new Person
            {
                GivenName = given,
                FamilyName = familyName,
                DateOfBirth = today.AddYears(-age).AddDays(-random.Next(365)),
                DateOfBirthAccuracy = random.Next(20) == 0 ? DateOfBirthAccuracy.Approximate : DateOfBirthAccuracy.Exact,
                Gender = gender,
                PreferredLanguage = random.Next(8) == 0 ? "Polish" : "English",
                Address = $"{random.Next(1, 200)} {Pick(random, SyntheticNames.Family)} Road, Synthetic Town",
                AddressIsConfidential = confidential,
                RecordedByAgencyId = agencyId,
                CreatedAt = now,
                UpdatedAt = now,
            };
            person.RefreshSearchName();
            db.People.Add(person);
            rows++;
            return person;
        }

        void Take(Guid personId, ParticipantRole role)
        {
            db.Participants.Add(new CaseParticipant { CaseId = entity.Id, PersonId = personId, Role = role, AddedAt = now });
            rows++;
        }

        void Relate(Guid a, RelationshipKind kind, Guid b, DateOnly? from)
        {
            db.Relationships.Add(new Relationship { PersonId = a, RelatedPersonId = b, Kind = kind, StartedOn = from, CreatedAt = now });
            rows++;
        }

        Guid perpetratorId;
        var fatherIsNew = recurring.Count < 50 || random.Next(8) != 0;
        if (fatherIsNew)
        {
            perpetratorId = NewPerson(Pick(random, SyntheticNames.Male), family, random.Next(22, 55), "Male").Id;
            if (random.Next(4) == 0)
            {
                recurring.Add(perpetratorId);
            }
        }
        else
        {
            perpetratorId = recurring[random.Next(recurring.Count)];
        }

        var survivor = NewPerson(Pick(random, SyntheticNames.Female), fatherIsNew ? family : Pick(random, SyntheticNames.Family), random.Next(20, 50), "Female",
            confidential: random.Next(6) == 0);
        Take(perpetratorId, ParticipantRole.Perpetrator);
        Take(survivor.Id, ParticipantRole.Survivor);
        Relate(perpetratorId, status == CaseStatus.Closed ? RelationshipKind.FormerPartner : RelationshipKind.Partner, survivor.Id, opened.AddYears(-random.Next(1, 15)));
        var children = random.Next(100) switch { < 35 => 1, < 75 => 2, < 93 => 3, _ => 4 };
        var childIds = new List<Guid>(children);
        for (var c = 0; c < children; c++)
        {
            var child = NewPerson(Pick(random, SyntheticNames.Children), survivor.FamilyName, random.Next(0, 17), random.Next(2) == 0 ? "Male" : "Female");
            childIds.Add(child.Id);
            Take(child.Id, ParticipantRole.Child);
            Relate(survivor.Id, RelationshipKind.ParentOf, child.Id, null);
            Relate(perpetratorId, fatherIsNew ? RelationshipKind.ParentOf : RelationshipKind.StepParentOf, child.Id, null);
        }

        var intakes = random.Next(3) == 0 ? 2 : 1;
        for (var n = 0; n < intakes; n++)
        {
            var indicated = random.Next(10) < 8;
            db.Intakes.Add(new Intake
            {
                CaseId = entity.Id,
                Source = (IntakeSource)random.Next(6),
                ReceivedOn = opened.AddDays(n * random.Next(10, 200)),
                Narrative = Pick(random, SyntheticNames.Concerns),
                Status = status == CaseStatus.Intake && n == intakes - 1 ? IntakeStatus.Draft : IntakeStatus.Completed,
                HarmOrFearFromPartner = indicated ? ScreeningAnswer.Yes : ScreeningAnswer.No,
                ControllingBehaviour = indicated && random.Next(2) == 0 ? ScreeningAnswer.Yes : ScreeningAnswer.No,
                PoliceOrCourtInvolvement = indicated && random.Next(3) == 0 ? ScreeningAnswer.Yes : ScreeningAnswer.No,
                ChildrenHarmedOrUsed = indicated && random.Next(3) == 0 ? ScreeningAnswer.Yes : ScreeningAnswer.No,
                ScreeningOutcome = indicated ? ScreeningOutcome.DomesticAbuseIndicated : ScreeningOutcome.NoIndicatorsFound,
                RecordedById = worker.Id,
                CreatedAt = now,
                CompletedAt = now,
            });
            rows++;
        }

        rows += AddPractice(entity, perpetratorId, survivor.Id, childIds, worker.Id, now, today);
        return rows;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
