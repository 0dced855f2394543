using Lantern.Core.Agencies;
using Lantern.Core.Cases;
using Lantern.Core.Dashboards;
using Lantern.Core.Intakes;
using Lantern.Core.Map;
using Lantern.Core.Notes;
using Lantern.Core.People;
using Lantern.Core.Plans;
using Lantern.Core.Reviews;
using Lantern.Practice.Mapping;
using Lantern.Practice.Review;
using Lantern.Practice.Screening;
using Lantern.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Dashboards;

/// <summary>
/// The app with a small agency of its own beside the demonstration data, so that every figure can be worked out by
/// hand (the tests write the expected numbers out). Dates are relative to the current month: M2 is the first day of
/// the month before last, M1 of last month, M0 of this month; the period asked for is M2 to today.
/// <list type="bullet">
/// <item>Team North: A1 open (him, her, a child), A2 open (him, her), A3 closed last month (him), A4 open for two years
/// (her only); a deleted case whose records must never count.</item>
/// <item>Team South: B1 open (him), B2 at intake.</item>
/// <item>Team "@Outreach" holds no case (the empty dashboard, and a name a spreadsheet would run as a formula).</item>
/// </list>
/// Users (password lantern-demo): dash-sup-north and dash-sup-south (supervisors), dash-manager, dash-reviewer, dash-worker.
/// </summary>
public sealed class DashboardFactory : LanternFactory
{
    public const string AgencyName = "Lantern Test Children's Services";
    public const string North = "Team North";
    public const string South = "Team South";
    public const string Outreach = "@Outreach";

    /// <summary>Written into a note, a case's concerns and a person's name: it must never reach the dashboard or a CSV.</summary>
    public string Canary { get; } = "CANARY-" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();

    public Guid NorthId { get; private set; }
    public Guid SouthId { get; private set; }
    public Guid OutreachId { get; private set; }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static DateOnly M0 => new(Today.Year, Today.Month, 1);

    public static DateOnly M1 => M0.AddMonths(-1);

    public static DateOnly M2 => M0.AddMonths(-2);

    /// <summary>The period every figure test asks for: M2 to today.</summary>
    public static string Period => $"from={M2:yyyy-MM-dd}&to={Today:yyyy-MM-dd}";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync();
    }

    private async Task SeedAsync()
    {
        var agency = new Agency { Name = AgencyName, Type = AgencyType.ChildWelfare, CreatedAt = DateTimeOffset.UtcNow };
        var north = new Team { Name = North, AgencyId = agency.Id };
        var south = new Team { Name = South, AgencyId = agency.Id };
        var outreach = new Team { Name = Outreach, AgencyId = agency.Id };
        (NorthId, SouthId, OutreachId) = (north.Id, south.Id, outreach.Id);
        await WithSystemDbAsync(async db =>
        {
            db.Agencies.Add(agency);
            db.Teams.AddRange(north, south, outreach);
            await db.SaveChangesAsync();
        });

        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>();
            foreach (var (name, team, role) in new[]
            {
                ("dash-sup-north", (Guid?)north.Id, LanternRoles.Supervisor),
                ("dash-sup-south", south.Id, LanternRoles.Supervisor),
                ("dash-manager", null, LanternRoles.Manager),
                ("dash-reviewer", null, LanternRoles.Reviewer),
                ("dash-worker", north.Id, LanternRoles.Practitioner),
            })
            {
                var user = new LanternUser { UserName = name, Email = $"{name}@test.lantern.invalid", EmailConfirmed = true, DisplayName = name, AgencyId = agency.Id, TeamId = team };
                var created = await users.CreateAsync(user, Clients.DemoPassword);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                }

                await users.AddToRoleAsync(user, role);
            }
        }

        await WithSystemDbAsync(async db =>
        {
            var worker = db.Users.Single(u => u.UserName == "dash-worker").Id;
            var reviewer = db.Users.Single(u => u.UserName == "dash-reviewer").Id;
            var now = DateTimeOffset.UtcNow;
            var number = 0;

            Case NewCase(Team team, CaseStatus status, DateOnly opened, DateOnly? closed = null, bool deleted = false)
            {
                number++;
                var entity = new Case
                {
                    Reference = $"DASH-{number:D4}",
                    Status = status,
                    OwningAgencyId = agency.Id,
                    TeamId = team.Id,
                    AllocatedWorkerId = worker,
                    OpenedOn = opened,
                    ClosedOn = closed,
                    PresentingConcerns = $"Concerns recorded with {Canary}.",
                    CreatedAt = now,
                    UpdatedAt = now,
                    IsDeleted = deleted,
                };
                db.Cases.Add(entity);
                return entity;
            }

            Guid Person(Case entity, ParticipantRole role)
            {
                var person = new Person { GivenName = Canary, FamilyName = "Dashboard", RecordedByAgencyId = agency.Id, CreatedAt = now, UpdatedAt = now };
                person.RefreshSearchName();
                db.People.Add(person);
                db.Participants.Add(new CaseParticipant { CaseId = entity.Id, PersonId = person.Id, Role = role, AddedAt = now });
                return person.Id;
            }

            void Intake(Case entity, DateOnly received, ScreeningOutcome outcome, IntakeStatus status = IntakeStatus.Completed) =>
                db.Intakes.Add(new Intake
                {
                    CaseId = entity.Id,
                    Source = IntakeSource.School,
                    ReceivedOn = received,
                    Narrative = Canary,
                    Status = status,
                    ScreeningOutcome = outcome,
                    RecordedById = worker,
                    CreatedAt = now,
                    CompletedAt = status == IntakeStatus.Completed ? now : null,
                });

            void Note(Case entity, DateOnly on, ContactWith with, int words, int blaming, int mutualizing, int invisible, int minimizing, int doubleStandard,
                bool deleted = false) =>
                db.CaseNotes.Add(new CaseNote
                {
                    CaseId = entity.Id,
                    Kind = NoteKind.HomeVisit,
                    WithWhom = "someone",
                    OccurredOn = on,
                    Text = $"The note's own words, {Canary}, never shown on a dashboard.",
                    AuthorId = worker,
                    CreatedAt = now,
                    UpdatedAt = now,
                    With = with,
                    WordCount = words,
                    VictimBlamingFindings = blaming,
                    MutualizingFindings = mutualizing,
                    PerpetratorInvisibleFindings = invisible,
                    MinimizingFindings = minimizing,
                    DoubleStandardFindings = doubleStandard,
                    IsDeleted = deleted,
                });

            void Review(Case entity, DateOnly? confirmedOn, int[] ratings, CaseReviewStatus status = CaseReviewStatus.Confirmed)
            {
                var review = new CaseReview
                {
                    CaseId = entity.Id,
                    AgencyId = agency.Id,
                    ReviewerId = reviewer,
                    Status = status,
                    PreScorerVersion = "test",
                    StartedAt = now,
                    ConfirmedAt = confirmedOn is null ? null : now,
                    ConfirmedOn = confirmedOn,
                };
                for (var c = 0; c < 8; c++)
                {
                    review.Ratings.Add(new CriterionRating { Criterion = (ReviewCriterion)(c + 1), PreScore = (ReviewRating)ratings[c], Rating = (ReviewRating)ratings[c] });
                }

                db.CaseReviews.Add(review);
            }

            void Gap(Case entity, string rule, MapComponent? component = null) =>
                db.CaseMapGaps.Add(new CaseMapGap { CaseId = entity.Id, RuleId = rule, Component = component, RecordedAt = now });

            Guid Plan(Case entity)
            {
                var plan = new CasePlan { CaseId = entity.Id, Status = PlanStatus.Active, CreatedById = worker, CreatedAt = now, UpdatedAt = now };
                db.CasePlans.Add(plan);
                return plan.Id;
            }

            void Goal(Guid plan, Guid? person, bool deleted = false) =>
                db.PlanGoals.Add(new PlanGoal { PlanId = plan, PersonId = person, Behaviour = "Stop checking her phone", CreatedAt = now, UpdatedAt = now, IsDeleted = deleted });

            // Team North.
            var a1 = NewCase(north, CaseStatus.Open, M0.AddMonths(-3));
            var a1Him = Person(a1, ParticipantRole.Perpetrator);
            Person(a1, ParticipantRole.Survivor);
            Person(a1, ParticipantRole.Child);
            var a2 = NewCase(north, CaseStatus.Open, M0.AddMonths(-3));
            var a2Him = Person(a2, ParticipantRole.Perpetrator);
            var a2Her = Person(a2, ParticipantRole.Survivor);
            var a3 = NewCase(north, CaseStatus.Closed, M0.AddMonths(-4), closed: M1.AddDays(9));
            Person(a3, ParticipantRole.Perpetrator);
            var a4 = NewCase(north, CaseStatus.Open, M0.AddYears(-2));
            Person(a4, ParticipantRole.Survivor);
            var gone = NewCase(north, CaseStatus.Open, M0.AddMonths(-3), deleted: true);
            var goneHim = Person(gone, ParticipantRole.Perpetrator);

            // Team South.
            var b1 = NewCase(south, CaseStatus.Open, M0.AddMonths(-3));
            var b1Him = Person(b1, ParticipantRole.Perpetrator);
            var b2 = NewCase(south, CaseStatus.Intake, M1.AddDays(1));

            // Screening: North 4 completed in the period (indicated, none found, unable, not screened), a draft, and one before it.
            Intake(a1, M2.AddDays(3), ScreeningOutcome.DomesticAbuseIndicated);
            Intake(a2, M1.AddDays(2), ScreeningOutcome.NoIndicatorsFound);
            Intake(a3, M1.AddDays(5), ScreeningOutcome.UnableToScreenSafely);
            Intake(a4, M1.AddDays(6), ScreeningOutcome.NotScreened);
            Intake(a4, M1.AddDays(7), ScreeningOutcome.NotScreened, IntakeStatus.Draft);
            Intake(a1, M0.AddMonths(-5), ScreeningOutcome.NotScreened);
            Intake(gone, M1.AddDays(3), ScreeningOutcome.NotScreened);
            Intake(b1, Today, ScreeningOutcome.DomesticAbuseIndicated);
            Intake(b2, M1.AddDays(1), ScreeningOutcome.DomesticAbuseIndicated);

            // Reviews: North R1 (last month), R2 (month before), R5 (this month); one in progress, one before the period.
            Review(a1, M1.AddDays(1), [2, 2, 1, 0, 2, 2, 1, 0]);
            Review(a2, M2.AddDays(4), [2, 1, 1, 1, 0, 0, 2, 1]);
            Review(a1, Today, [1, 1, 1, 1, 1, 1, 1, 1]);
            Review(a3, null, [0, 0, 0, 0, 0, 0, 0, 0], CaseReviewStatus.InProgress);
            Review(a4, M0.AddMonths(-6), [0, 0, 0, 0, 0, 0, 0, 0]);
            Review(gone, M1.AddDays(2), [0, 0, 0, 0, 0, 0, 0, 0]);
            Review(b1, M1.AddDays(3), [2, 2, 2, 2, 2, 2, 2, 1]);

            // Notes: North N1 (last month, with him), N2 (month before, with her), N3 (last month, with a child); one before the period; one deleted.
            Note(a1, M1.AddDays(2), ContactWith.Perpetrator, 400, 2, 0, 1, 0, 1);
            Note(a1, M2.AddDays(5), ContactWith.Survivor, 600, 1, 1, 0, 2, 0);
            Note(a2, M1.AddDays(8), ContactWith.Child, 1000, 0, 0, 3, 0, 0);
            Note(a3, M0.AddMonths(-6), ContactWith.Perpetrator, 500, 5, 0, 0, 0, 0);
            Note(a3, M1.AddDays(3), ContactWith.Perpetrator, 1000, 10, 0, 0, 0, 0, deleted: true);
            Note(gone, M1.AddDays(3), ContactWith.Perpetrator, 1000, 10, 0, 0, 0, 0);
            Note(b1, Today, ContactWith.Perpetrator, 500, 0, 1, 0, 0, 0);

            // His own account on A2's map, recorded the month before last.
            db.MapEntries.Add(new MapEntry
            {
                CaseId = a2.Id,
                Component = MapComponent.CoerciveControl,
                CategoryKey = "cc.monitoring-stalking",
                Description = Canary,
                Source = EvidenceSource.PerpetratorInterview,
                PerpetratorId = a2Him,
                ContributedByAgencyId = agency.Id,
                RecordedById = worker,
                RecordedAt = new DateTimeOffset(M2.AddDays(6).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
                UpdatedAt = now,
            });

            // Plans: a goal for him on A1 and on B1; on A2 a goal for her, and a removed one for him; the deleted case has one for him.
            Goal(Plan(a1), a1Him);
            var a2Plan = Plan(a2);
            Goal(a2Plan, a2Her);
            Goal(a2Plan, a2Him, deleted: true);
            Goal(Plan(b1), b1Him);
            Goal(Plan(gone), goneHim);

            // Gaps on open cases (and on a closed one, an intake and the deleted case, which do not count).
            Gap(a1, MapGapRules.PerpetratorNotInterviewed);
            Gap(a1, MapGapRules.ComponentEmpty, MapComponent.HarmToChild);
            Gap(a1, MapGapRules.ComponentEmpty, MapComponent.ProtectiveEfforts);
            Gap(a2, MapGapRules.PerpetratorNotInterviewed);
            Gap(a2, MapGapRules.ComponentEmpty, MapComponent.HarmToChild);
            Gap(a2, MapGapRules.ChildWithoutImpact, MapComponent.ChildImpact);
            Gap(a2, MapGapRules.ChildWithoutImpact, MapComponent.ChildImpact);
            Gap(a4, MapGapRules.NoPerpetrator);
            Gap(a4, MapGapRules.ComponentEmpty, MapComponent.HarmToChild);
            Gap(a3, MapGapRules.PerpetratorNotInterviewed);
            Gap(b1, MapGapRules.Stale);
            Gap(b2, MapGapRules.PerpetratorNotInterviewed);
            Gap(gone, MapGapRules.ComponentEmpty, MapComponent.HarmToChild);
            await db.SaveChangesAsync();

            // Written straight to the database, so the dashboard's kept figures are worked out as after a bulk load.
            await CaseFiguresOnRecord.RebuildAsync(db, progress: null, CancellationToken.None);
        });
    }
}
