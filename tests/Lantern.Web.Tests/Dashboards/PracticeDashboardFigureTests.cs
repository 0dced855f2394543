using System.Text.Json;
using Lantern.Practice.Mapping;
using Lantern.TestCommon;
using Xunit;
using static Lantern.Web.Tests.Dashboards.DashboardFactory;
using static Lantern.Web.Tests.Dashboards.DashboardSupport;

namespace Lantern.Web.Tests.Dashboards;

/// <summary>
/// Every figure of the practice dashboard against numbers worked out by hand from <see cref="DashboardFactory"/>'s
/// records (read the comments there beside these): Team North as its supervisor sees it, the whole agency as the
/// manager sees it, Team South chosen by the manager, and a shorter period.
/// </summary>
public sealed class PracticeDashboardFigureTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly (string Rule, string? Component, int Cases)[] NorthGaps =
    [
        (MapGapRules.ComponentEmpty, "HarmToChild", 3),
        (MapGapRules.PerpetratorNotInterviewed, null, 2),
        (MapGapRules.NoPerpetrator, null, 1),
        (MapGapRules.ComponentEmpty, "ProtectiveEfforts", 1),
        (MapGapRules.ChildWithoutImpact, "ChildImpact", 1),
    ];

    private static void AssertRatings(JsonElement ratings, int rated, int clearly, int partly, int not, int scoreSum, string what)
    {
        Assert.True(ratings.GetProperty("rated").GetInt32() == rated, $"{what}: rated");
        AssertFigure(ratings.GetProperty("clearlyEvident"), clearly, rated, what + " clearly");
        AssertFigure(ratings.GetProperty("partlyEvident"), partly, rated, what + " partly");
        AssertFigure(ratings.GetProperty("notEvident"), not, rated, what + " not");
        AssertFigure(ratings.GetProperty("meanScore"), scoreSum, rated, what + " mean");
    }

    private static void AssertGaps(JsonElement gaps, int open, (string Rule, string? Component, int Cases)[] expected)
    {
        Assert.Equal(open, gaps.GetProperty("openCases").GetInt32());
        var top = gaps.GetProperty("top").EnumerateArray().ToList();
        Assert.Equal(expected.Length, top.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Rule, top[i].GetProperty("ruleId").GetString());
            Assert.Equal(expected[i].Component, top[i].GetProperty("component").GetString());
            Assert.Equal(MapGapNames.For(expected[i].Rule, expected[i].Component is { } c ? Enum.Parse<MapComponent>(c) : null), top[i].GetProperty("name").GetString());
            AssertFigure(top[i].GetProperty("cases"), expected[i].Cases, open, $"gap {i + 1}");
        }
    }

    [Fact]
    public async Task Get_AsTheSupervisorOfNorth_CountsHerTeamOnly_AsWorkedOutByHand()
    {
        var d = await (await factory.ApiAsync("dash-sup-north")).DashboardAsync(Period);

        var scope = d.GetProperty("scope");
        Assert.Equal(factory.NorthId, scope.GetProperty("teamId").GetGuid());
        Assert.Equal(North, scope.GetProperty("name").GetString());
        Assert.False(scope.GetProperty("mayChooseWholeAgency").GetBoolean());
        Assert.Equal([North], scope.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([M2, M1, M0], scope.GetProperty("months").EnumerateArray().Select(m => DateOnly.Parse(m.GetString()!, System.Globalization.CultureInfo.InvariantCulture)));

        // Reviews: R1 [2,2,1,0,2,2,1,0], R2 [2,1,1,1,0,0,2,1], R5 all 1; the one in progress, the one before the period and the deleted case's do not count.
        var reviews = d.GetProperty("reviews");
        Assert.Equal(3, reviews.GetProperty("reviews").GetInt32());
        var criteria = reviews.GetProperty("criteria");
        AssertRatings(Criterion(criteria, "PartnershipWithSurvivor"), 3, 2, 1, 0, 5, "1");
        AssertRatings(Criterion(criteria, "InterventionWithPerpetrator"), 3, 1, 2, 0, 4, "2");
        AssertRatings(Criterion(criteria, "ChildrenSafeAndTogether"), 3, 0, 3, 0, 3, "3");
        AssertRatings(Criterion(criteria, "CoerciveControlPattern"), 3, 0, 2, 1, 2, "4");
        AssertRatings(Criterion(criteria, "PerpetratorHarmToChildren"), 3, 1, 1, 1, 3, "5");
        AssertRatings(Criterion(criteria, "ProtectiveEfforts"), 3, 1, 1, 1, 3, "6");
        AssertRatings(Criterion(criteria, "ImpactOnChildren"), 3, 1, 2, 0, 4, "7");
        AssertRatings(Criterion(criteria, "IntersectingFactors"), 3, 0, 2, 1, 2, "8");
        AssertRatings(reviews.GetProperty("allCriteria"), 24, 6, 14, 4, 26, "all");
        Assert.Equal(26d / 24, reviews.GetProperty("allCriteria").GetProperty("meanScore").GetProperty("rate").GetDouble(), 9); // 1.08
        var reviewMonths = reviews.GetProperty("months");
        Assert.Equal(3, reviewMonths.GetArrayLength());
        Assert.Equal(1, Month(reviewMonths, M2).GetProperty("reviews").GetInt32());
        AssertRatings(Month(reviewMonths, M2).GetProperty("allCriteria"), 8, 2, 4, 2, 8, "M2");
        AssertRatings(Month(reviewMonths, M1).GetProperty("allCriteria"), 8, 4, 2, 2, 10, "M1");
        AssertRatings(Month(reviewMonths, M0).GetProperty("allCriteria"), 8, 0, 8, 0, 8, "M0");

        // Screening: indicated, none found, unable to screen safely, not screened: 2 of 4 screened (50%), 1 of 2 indicated.
        var screening = d.GetProperty("screening");
        var period = screening.GetProperty("period");
        Assert.Equal(4, period.GetProperty("completed").GetInt32());
        AssertFigure(period.GetProperty("screened"), 2, 4);
        AssertFigure(period.GetProperty("unableToScreenSafely"), 1, 4);
        AssertFigure(period.GetProperty("notScreened"), 1, 4);
        AssertFigure(period.GetProperty("indicated"), 1, 2);
        var m2 = Month(screening.GetProperty("months"), M2).GetProperty("counts");
        AssertFigure(m2.GetProperty("screened"), 1, 1);
        var m1 = Month(screening.GetProperty("months"), M1).GetProperty("counts");
        AssertFigure(m1.GetProperty("screened"), 1, 3);
        AssertFigure(m1.GetProperty("unableToScreenSafely"), 1, 3);
        AssertFigure(m1.GetProperty("notScreened"), 1, 3);
        var m0 = Month(screening.GetProperty("months"), M0).GetProperty("counts");
        Assert.Equal(0, m0.GetProperty("completed").GetInt32());
        AssertFigure(m0.GetProperty("screened"), 0, 0);

        // Perpetrator: open A1, A2, A4; him recorded on A1 and A2; a goal for him on A1 only (A2's is for her, and his was removed).
        // Active in the period: A1, A2, A3 (closed last month), A4; contact: A1's note with him, A2's entry from his interview.
        var perpetrator = d.GetProperty("perpetrator");
        Assert.Equal(3, perpetrator.GetProperty("openCases").GetInt32());
        AssertFigure(perpetrator.GetProperty("perpetratorRecorded"), 2, 3);
        AssertFigure(perpetrator.GetProperty("goalForPerpetrator"), 1, 3);
        Assert.Equal(4, perpetrator.GetProperty("activeCases").GetInt32());
        AssertFigure(perpetrator.GetProperty("contact"), 2, 4);

        // Pivot: N1 400 words (2,0,1,0,1), N2 600 (1,1,0,2,0), N3 1000 (0,0,3,0,0): 11 findings in 2,000 words = 5.5 per 1,000.
        var pivot = d.GetProperty("pivot");
        var all = pivot.GetProperty("period");
        Assert.Equal(3, all.GetProperty("notes").GetInt32());
        Assert.Equal(2000, all.GetProperty("words").GetInt64());
        AssertFigure(Category(all, "victim_blaming"), 3, 2000);
        AssertFigure(Category(all, "mutualizing"), 1, 2000);
        AssertFigure(Category(all, "perpetrator_invisible"), 4, 2000);
        AssertFigure(Category(all, "minimizing"), 2, 2000);
        AssertFigure(Category(all, "double_standard"), 1, 2000);
        AssertFigure(all.GetProperty("allCategories"), 11, 2000);
        Assert.Equal(5.5, all.GetProperty("allCategories").GetProperty("rate").GetDouble(), 9);
        var pm2 = Month(pivot.GetProperty("months"), M2).GetProperty("counts");
        AssertFigure(pm2.GetProperty("allCategories"), 4, 600);
        AssertFigure(Category(pm2, "minimizing"), 2, 600);
        var pm1 = Month(pivot.GetProperty("months"), M1).GetProperty("counts");
        Assert.Equal(2, pm1.GetProperty("notes").GetInt32());
        AssertFigure(pm1.GetProperty("allCategories"), 7, 1400);
        AssertFigure(Category(pm1, "perpetrator_invisible"), 4, 1400);
        AssertFigure(Month(pivot.GetProperty("months"), M0).GetProperty("counts").GetProperty("allCategories"), 0, 0);

        // Gaps on the three open cases, each counted once per case (A2's two children without impact are one case).
        AssertGaps(d.GetProperty("gaps"), 3, NorthGaps);
    }

    [Fact]
    public async Task Get_AsTheManager_CountsTheWholeAgency_AndAsksForATeam()
    {
        var api = await factory.ApiAsync("dash-manager");
        var d = await api.DashboardAsync(Period);

        var scope = d.GetProperty("scope");
        Assert.Equal(JsonValueKind.Null, scope.GetProperty("teamId").ValueKind);
        Assert.Equal("The whole agency", scope.GetProperty("name").GetString());
        Assert.True(scope.GetProperty("mayChooseWholeAgency").GetBoolean());
        Assert.Equal([Outreach, North, South], scope.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("name").GetString()));

        // North's three reviews and R6 [2,2,2,2,2,2,2,1] from South.
        var reviews = d.GetProperty("reviews");
        Assert.Equal(4, reviews.GetProperty("reviews").GetInt32());
        AssertRatings(reviews.GetProperty("allCriteria"), 32, 13, 15, 4, 41, "all");
        AssertRatings(Criterion(reviews.GetProperty("criteria"), "PartnershipWithSurvivor"), 4, 3, 1, 0, 7, "1");
        AssertRatings(Criterion(reviews.GetProperty("criteria"), "IntersectingFactors"), 4, 0, 3, 1, 3, "8");
        Assert.Equal(2, Month(reviews.GetProperty("months"), M1).GetProperty("reviews").GetInt32());

        // Screening: North's four and South's two (both indicated).
        var screening = d.GetProperty("screening").GetProperty("period");
        Assert.Equal(6, screening.GetProperty("completed").GetInt32());
        AssertFigure(screening.GetProperty("screened"), 4, 6);
        AssertFigure(screening.GetProperty("unableToScreenSafely"), 1, 6);
        AssertFigure(screening.GetProperty("notScreened"), 1, 6);
        AssertFigure(screening.GetProperty("indicated"), 3, 4);
        var m1 = Month(d.GetProperty("screening").GetProperty("months"), M1).GetProperty("counts");
        AssertFigure(m1.GetProperty("screened"), 2, 4);

        var perpetrator = d.GetProperty("perpetrator");
        Assert.Equal(4, perpetrator.GetProperty("openCases").GetInt32());
        AssertFigure(perpetrator.GetProperty("perpetratorRecorded"), 3, 4);
        AssertFigure(perpetrator.GetProperty("goalForPerpetrator"), 2, 4);
        Assert.Equal(6, perpetrator.GetProperty("activeCases").GetInt32());
        AssertFigure(perpetrator.GetProperty("contact"), 3, 6);

        var pivot = d.GetProperty("pivot").GetProperty("period");
        Assert.Equal(4, pivot.GetProperty("notes").GetInt32());
        AssertFigure(pivot.GetProperty("allCategories"), 12, 2500);
        AssertFigure(Category(pivot, "mutualizing"), 2, 2500);

        AssertGaps(d.GetProperty("gaps"), 4,
        [
            (MapGapRules.ComponentEmpty, "HarmToChild", 3),
            (MapGapRules.PerpetratorNotInterviewed, null, 2),
            (MapGapRules.NoPerpetrator, null, 1),
            (MapGapRules.ComponentEmpty, "ProtectiveEfforts", 1),
            (MapGapRules.ChildWithoutImpact, "ChildImpact", 1),
            (MapGapRules.Stale, null, 1),
        ]);

        // The team filter: South alone.
        var south = await api.DashboardAsync($"teamId={factory.SouthId}&{Period}");
        Assert.Equal(South, south.GetProperty("scope").GetProperty("name").GetString());
        Assert.Equal(1, south.GetProperty("reviews").GetProperty("reviews").GetInt32());
        AssertRatings(south.GetProperty("reviews").GetProperty("allCriteria"), 8, 7, 1, 0, 15, "South");
        AssertFigure(south.GetProperty("screening").GetProperty("period").GetProperty("screened"), 2, 2);
        AssertFigure(south.GetProperty("perpetrator").GetProperty("goalForPerpetrator"), 1, 1);
        AssertFigure(south.GetProperty("perpetrator").GetProperty("contact"), 1, 2);
        AssertFigure(south.GetProperty("pivot").GetProperty("period").GetProperty("allCategories"), 1, 500);
        AssertGaps(south.GetProperty("gaps"), 1, [(MapGapRules.Stale, null, 1)]);

        // The manager choosing North sees what North's supervisor sees.
        var north = await api.DashboardAsync($"teamId={factory.NorthId}&{Period}");
        var supervisors = await (await factory.ApiAsync("dash-sup-north")).DashboardAsync(Period);
        Assert.Equal(supervisors.GetProperty("reviews").ToString(), north.GetProperty("reviews").ToString());
        Assert.Equal(supervisors.GetProperty("perpetrator").ToString(), north.GetProperty("perpetrator").ToString());
        Assert.Equal(supervisors.GetProperty("gaps").ToString(), north.GetProperty("gaps").ToString());
    }

    [Fact]
    public async Task Get_ShorterPeriod_CountsOnlyThatPeriod_ButOpenCasesStayAsToday()
    {
        var lastDay = M0.AddDays(-1);
        var d = await (await factory.ApiAsync("dash-sup-north")).DashboardAsync($"from={M1:yyyy-MM-dd}&to={lastDay:yyyy-MM-dd}");

        Assert.Equal([M1.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
            d.GetProperty("scope").GetProperty("months").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(1, d.GetProperty("reviews").GetProperty("reviews").GetInt32());
        AssertRatings(d.GetProperty("reviews").GetProperty("allCriteria"), 8, 4, 2, 2, 10, "R1");
        Assert.Equal(3, d.GetProperty("screening").GetProperty("period").GetProperty("completed").GetInt32());
        AssertFigure(d.GetProperty("screening").GetProperty("period").GetProperty("screened"), 1, 3);
        var perpetrator = d.GetProperty("perpetrator");
        AssertFigure(perpetrator.GetProperty("goalForPerpetrator"), 1, 3);
        AssertFigure(perpetrator.GetProperty("contact"), 1, 4); // A2's interview was recorded the month before
        AssertFigure(d.GetProperty("pivot").GetProperty("period").GetProperty("allCategories"), 7, 1400);
        AssertGaps(d.GetProperty("gaps"), 3, NorthGaps);
    }

    [Fact]
    public async Task Get_WithoutAPeriod_CountsTheLastTwelveMonths()
    {
        var d = await (await factory.ApiAsync("dash-reviewer")).DashboardAsync();

        var scope = d.GetProperty("scope");
        Assert.Equal(M0.AddMonths(-11).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), scope.GetProperty("from").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), scope.GetProperty("to").GetString());
        Assert.Equal(12, scope.GetProperty("months").GetArrayLength());
        Assert.Equal(12, d.GetProperty("screening").GetProperty("months").GetArrayLength());

        // The review confirmed six months ago now counts as well (all zeros: 8 more ratings, nothing added to the score).
        Assert.Equal(5, d.GetProperty("reviews").GetProperty("reviews").GetInt32());
        AssertRatings(d.GetProperty("reviews").GetProperty("allCriteria"), 40, 13, 15, 12, 41, "all");
    }
}
