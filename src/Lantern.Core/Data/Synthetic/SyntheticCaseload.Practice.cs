using Lantern.Core.Agencies;
using Lantern.Core.Cases;
using Lantern.Core.Map;
using Lantern.Core.Notes;
using Lantern.Core.Plans;
using Lantern.Core.Reviews;
using Lantern.Practice.Mapping;
using Lantern.Practice.Planning;
using Lantern.Practice.Review;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Core.Data.Synthetic;

/// <summary>
/// The practice records of a synthetic caseload, in the proportions a dashboard meets in an agency that uses the model:
/// about 60% of cases with two to six notes (word counts, pivot findings and who the contact was with, as saved), 40%
/// with a plan of goals (some for him), one to five map gaps on every case, map entries on a quarter of cases (some from
/// an interview with him), and about 2% of cases with a confirmed review of the eight criteria, over the last two years.
/// A supervisor for each team, a manager and a reviewer sign in to see them. Drawn from a random source of its own, so
/// that the families themselves are the same as before these records were added.
/// </summary>
public sealed partial class SyntheticCaseload
{
    /// <summary>Password-protected leaders of the synthetic agency: supervisor01–20 (one per team), manager01, reviewer01.</summary>
    public const string ManagerName = "manager01";
    public const string ReviewerName = "reviewer01";

    private static readonly string[] NoteSentences =
    [
        "Home visit; the children were seen together and spoke about school and their friends.",
        "Phone call to arrange a meeting at the office at a time he cannot monitor.",
        "Interview about his behaviour towards the children's mother and how it affects the children.",
        "Office visit; safety planning reviewed and the domestic abuse service contact details confirmed.",
        "Spoke with the class teacher about attendance, lunches and how the child settles in the mornings.",
        "Contact with the health visitor about missed appointments and the baby's weight.",
    ];

    private static readonly (string Behaviour, BehaviourChange Change)[] PerpetratorGoals =
    [
        ("Stop checking her phone and deciding whom she may see", BehaviourChange.Stop),
        ("Stop shouting at and threatening her in front of the children", BehaviourChange.Stop),
        ("Attend every session of the behaviour change programme", BehaviourChange.Start),
        ("Pay for the children's food and clothes without conditions", BehaviourChange.Start),
    ];

    private static readonly string[] OtherGoals =
    [
        "Keep the children's morning routine and walk them to school",
        "Keep in touch with the domestic abuse service each week",
        "Go to school every day and talk to a trusted adult when worried",
        "Take part in the children's group work on feelings and safety",
    ];

    private static readonly (MapComponent Component, string Key)[] EntryCategories =
    [
        (MapComponent.CoerciveControl, "cc.monitoring-stalking"), (MapComponent.CoerciveControl, "cc.economic-abuse"), (MapComponent.CoerciveControl, "cc.threats"),
        (MapComponent.HarmToChild, "hc.undermining-parenting"), (MapComponent.HarmToChild, "hc.using-child"), (MapComponent.ProtectiveEfforts, "pe.safety"),
        (MapComponent.ChildImpact, "ci.emotional-behavioural"), (MapComponent.IntersectingFactors, "if.substance-misuse"),
    ];

    /// <summary>The gaps of a case's map, weighted by how often they stand on a partly mapped case.</summary>
    private static readonly (string RuleId, MapComponent? Component, int Weight)[] GapWeights =
    [
        (MapGapRules.PerpetratorNotInterviewed, null, 30),
        (MapGapRules.ComponentEmpty, MapComponent.HarmToChild, 22),
        (MapGapRules.ComponentEmpty, MapComponent.IntersectingFactors, 18),
        (MapGapRules.ComponentEmpty, MapComponent.ProtectiveEfforts, 16),
        (MapGapRules.ChildWithoutImpact, MapComponent.ChildImpact, 15),
        (MapGapRules.CoerciveControlUncorroborated, MapComponent.CoerciveControl, 12),
        (MapGapRules.ComponentEmpty, MapComponent.ChildImpact, 10),
        (MapGapRules.FactorsDoubleStandard, MapComponent.IntersectingFactors, 9),
        (MapGapRules.Stale, null, 8),
        (MapGapRules.ComponentEmpty, MapComponent.CoerciveControl, 6),
        (MapGapRules.PerpetratorWithoutHarmToChild, MapComponent.HarmToChild, 5),
        (MapGapRules.NoPerpetrator, null, 2),
    ];

    private static readonly int GapWeightTotal = GapWeights.Sum(g => g.Weight);

    private Random practice = new(0);
    private Guid reviewerId;

    private async Task CreateLeadersAsync(Agency agency, List<Team> teams, string password, int seed, CancellationToken cancellationToken)
    {
        practice = new Random(unchecked((seed * 7919) + 17));
        var template = new LanternUser { UserName = "template", DisplayName = "template", AgencyId = agency.Id };
        var hash = users.PasswordHasher.HashPassword(template, password);
        var roles = await db.Roles.Where(r => r.Name == LanternRoles.Supervisor || r.Name == LanternRoles.Manager || r.Name == LanternRoles.Reviewer)
            .ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);

        Guid Leader(string name, string displayName, Team? team, string role)
        {
            var user = new LanternUser
            {
                UserName = name,
                NormalizedUserName = name.ToUpperInvariant(),
                DisplayName = displayName,
                AgencyId = agency.Id,
                TeamId = team?.Id,
                PasswordHash = hash,
                LockoutEnabled = true,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[role] });
            return user.Id;
        }

        for (var t = 0; t < teams.Count; t++)
        {
            Leader($"supervisor{t + 1:D2}", $"Supervisor {t + 1}", teams[t], LanternRoles.Supervisor);
        }

        Leader(ManagerName, "Manager", null, LanternRoles.Manager);
        reviewerId = Leader(ReviewerName, "Reviewer", null, LanternRoles.Reviewer);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private int AddPractice(Case entity, Guid perpetratorId, Guid survivorId, List<Guid> childIds, Guid workerId, DateTimeOffset now, DateOnly today)
    {
        var random = practice;
        var rows = 0;
        var end = entity.ClosedOn is { } closed && closed < today ? closed : today;
        var start = entity.OpenedOn < end ? entity.OpenedOn : end;
        var span = end.DayNumber - start.DayNumber;
        DateOnly Within() => start.AddDays(random.Next(span + 1));
        DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(9 + random.Next(8), random.Next(60))), TimeSpan.Zero);

        if (random.Next(100) < 60)
        {
            var notes = random.Next(2, 7);
            for (var n = 0; n < notes; n++)
            {
                var on = Within();
                var with = random.Next(100) switch
                {
                    < 20 => ContactWith.Perpetrator,
                    < 60 => ContactWith.Survivor,
                    < 80 => ContactWith.Child,
                    < 95 => ContactWith.Other,
                    _ => ContactWith.Unknown,
                };
                var words = random.Next(80, 600);
                db.CaseNotes.Add(new CaseNote
                {
                    CaseId = entity.Id,
                    Kind = with == ContactWith.Perpetrator && random.Next(2) == 0 ? NoteKind.Interview : (NoteKind)random.Next(5),
                    WithWhom = with switch
                    {
                        ContactWith.Perpetrator => "Father",
                        ContactWith.Survivor => "Mother",
                        ContactWith.Child => "The children",
                        ContactWith.Other => "Class teacher",
                        _ => "",
                    },
                    OccurredOn = on,
                    Text = NoteSentences[random.Next(NoteSentences.Length)],
                    AuthorId = workerId,
                    CreatedAt = At(on),
                    UpdatedAt = At(on),
                    SignedAt = random.Next(10) < 8 ? At(on) : null,
                    SignedById = workerId,
                    With = with,
                    WordCount = words,
                    VictimBlamingFindings = Findings(random, words, 1.2),
                    MutualizingFindings = Findings(random, words, 0.8),
                    PerpetratorInvisibleFindings = Findings(random, words, 1.6),
                    MinimizingFindings = Findings(random, words, 0.9),
                    DoubleStandardFindings = Findings(random, words, 0.4),
                });
                rows++;
            }
        }

        if (entity.Status != CaseStatus.Intake && random.Next(100) < 40)
        {
            var plan = new CasePlan
            {
                CaseId = entity.Id,
                Status = entity.Status == CaseStatus.Closed ? PlanStatus.Closed : PlanStatus.Active,
                NextReviewOn = end.AddDays(random.Next(10, 90)),
                CreatedById = workerId,
                CreatedAt = At(start),
                UpdatedAt = At(start),
            };
            db.CasePlans.Add(plan);
            rows++;
            var forHim = random.Next(100) < 60 ? 1 + random.Next(2) : 0;
            var others = 1 + random.Next(4);
            for (var g = 0; g < forHim + others; g++)
            {
                var his = g < forHim;
                var (behaviour, change) = his ? PerpetratorGoals[random.Next(PerpetratorGoals.Length)] : (OtherGoals[random.Next(OtherGoals.Length)], BehaviourChange.Sustain);
                db.PlanGoals.Add(new PlanGoal
                {
                    PlanId = plan.Id,
                    PersonId = his ? perpetratorId : g % 2 == 0 || childIds.Count == 0 ? survivorId : childIds[random.Next(childIds.Count)],
                    Change = change,
                    Behaviour = behaviour,
                    Purpose = "So that the children are safe and their routines kept.",
                    SuccessIndicator = "Seen by the worker and reported by the school and the survivor.",
                    Measure = "Checked at each review.",
                    VerifiedBy = "Allocated worker",
                    ReviewOn = end.AddDays(random.Next(-30, 90)),
                    Status = (GoalStatus)random.Next(4),
                    CreatedAt = At(start),
                    UpdatedAt = At(start),
                });
                rows++;
            }
        }

        if (random.Next(100) < 25)
        {
            var entries = 1 + random.Next(4);
            for (var e = 0; e < entries; e++)
            {
                var (component, key) = EntryCategories[random.Next(EntryCategories.Length)];
                var on = Within();
                db.MapEntries.Add(new MapEntry
                {
                    CaseId = entity.Id,
                    Component = component,
                    CategoryKey = key,
                    Description = "Recorded from the synthetic caseload.",
                    Accuracy = PeriodAccuracy.Exact,
                    OccurredOn = on,
                    Source = random.Next(100) < 25 ? EvidenceSource.PerpetratorInterview : (EvidenceSource)random.Next(8),
                    PerpetratorId = component is MapComponent.CoerciveControl or MapComponent.HarmToChild ? perpetratorId : null,
                    AdultId = component is MapComponent.ProtectiveEfforts or MapComponent.IntersectingFactors ? survivorId : null,
                    ChildIds = component == MapComponent.ChildImpact && childIds.Count > 0 ? [childIds[0]] : [],
                    ContributedByAgencyId = entity.OwningAgencyId,
                    RecordedById = workerId,
                    RecordedAt = At(on),
                    UpdatedAt = At(on),
                });
                rows++;
            }
        }

        var gaps = 1 + random.Next(5);
        var taken = new HashSet<int>();
        while (taken.Count < gaps)
        {
            var pick = random.Next(GapWeightTotal);
            var index = 0;
            while (pick >= GapWeights[index].Weight)
            {
                pick -= GapWeights[index].Weight;
                index++;
            }

            if (taken.Add(index))
            {
                db.CaseMapGaps.Add(new CaseMapGap
                {
                    CaseId = entity.Id,
                    RuleId = GapWeights[index].RuleId,
                    Component = GapWeights[index].Component,
                    RecordedAt = now,
                    AgencyId = entity.OwningAgencyId,
                    TeamId = entity.TeamId,
                    CaseOpen = entity.Status == CaseStatus.Open,
                });
                rows++;
            }
        }

        // Reviews are drawn from cases active in the last two years and confirmed within them.
        var twoYearsAgo = today.AddYears(-2);
        if (end >= twoYearsAgo && random.Next(100) < 3)
        {
            var first = start > twoYearsAgo ? start : twoYearsAgo;
            var confirmedOn = first.AddDays(random.Next(today.DayNumber - first.DayNumber + 1));
            var review = new CaseReview
            {
                CaseId = entity.Id,
                AgencyId = entity.OwningAgencyId,
                ReviewerId = reviewerId,
                Status = CaseReviewStatus.Confirmed,
                PreScorerVersion = "synthetic",
                StartedAt = At(confirmedOn),
                ConfirmedAt = At(confirmedOn),
                ConfirmedOn = confirmedOn,
            };
            foreach (var criterion in Enum.GetValues<ReviewCriterion>())
            {
                var rating = random.Next(100) switch { < 30 => ReviewRating.ClearlyEvident, < 70 => ReviewRating.PartlyEvident, _ => ReviewRating.NotEvident };
                var changed = random.Next(10) == 0;
                review.Ratings.Add(new CriterionRating
                {
                    Criterion = criterion,
                    PreScore = changed ? (ReviewRating)((int)(rating + 1) % 3) : rating,
                    Rating = rating,
                    ChangeReason = changed ? "The record shows more than the pre-score found." : "",
                });
            }

            db.CaseReviews.Add(review);
            rows += 9;
        }

        return rows;
    }

    /// <summary>Findings of one category in a note of <paramref name="words"/> words at about <paramref name="perThousand"/> per 1,000 words.</summary>
    private static int Findings(Random random, int words, double perThousand)
    {
        var expected = words * perThousand / 1000;
        var findings = (int)expected;
        return findings + (random.NextDouble() < expected - findings ? 1 : 0);
    }
}
