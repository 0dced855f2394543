using System.Text;
using System.Text.RegularExpressions;
using Lantern.Core.Dashboards;
using Lantern.Core.Map;
using Lantern.Core.Notes;
using Lantern.Core.Reviews;
using Lantern.Practice.Mapping;
using Lantern.Practice.Review;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Dashboards;

/// <summary>
/// The practice dashboard in Chromium: with figures in every section (the demonstration agency plus a confirmed review,
/// notes with findings and map gaps added here), for an empty period, with a mistake in the filters, and as the
/// supervisor, each checked with axe (no serious or critical violation); the filters as a shareable link; and printed.
/// </summary>
public sealed partial class PracticeDashboardBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly string[] Charts = ["chart-reviews", "chart-reviews-trend", "chart-screening", "chart-perpetrator", "chart-pivot", "chart-pivot-trend", "chart-gaps"];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static string ArtifactsDirectory => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    /// <summary>A confirmed review, two notes with findings and two gaps on the Calder case, so that every section has figures.</summary>
    private async Task AddFiguresAsync()
    {
        var calder = await host.CaseOfAsync("Calder");
        await host.WithSystemDbAsync(async db =>
        {
            if (await db.CaseReviews.AnyAsync(r => r.CaseId == calder && r.PreScorerVersion == "browser-test"))
            {
                return;
            }

            var agency = await db.Cases.Where(c => c.Id == calder).Select(c => c.OwningAgencyId).SingleAsync();
            var reviewer = await db.Users.Where(u => u.UserName == "reviewer").Select(u => u.Id).SingleAsync();
            var worker = await db.Users.Where(u => u.UserName == "worker").Select(u => u.Id).SingleAsync();
            var now = DateTimeOffset.UtcNow;
            var review = new CaseReview
            {
                CaseId = calder,
                AgencyId = agency,
                ReviewerId = reviewer,
                Status = CaseReviewStatus.Confirmed,
                PreScorerVersion = "browser-test",
                StartedAt = now,
                ConfirmedAt = now,
                ConfirmedOn = Today,
            };
            foreach (var criterion in Enum.GetValues<ReviewCriterion>())
            {
                review.Ratings.Add(new CriterionRating { Criterion = criterion, PreScore = ReviewRating.PartlyEvident, Rating = (ReviewRating)((int)criterion % 3) });
            }

            db.CaseReviews.Add(review);
            foreach (var (on, with, words, findings) in new[] { (Today.AddMonths(-1), ContactWith.Perpetrator, 420, 2), (Today, ContactWith.Survivor, 310, 1) })
            {
                db.CaseNotes.Add(new CaseNote
                {
                    CaseId = calder,
                    Kind = NoteKind.HomeVisit,
                    WithWhom = "Visit",
                    OccurredOn = on,
                    Text = "Seen at home.",
                    AuthorId = worker,
                    CreatedAt = now,
                    UpdatedAt = now,
                    With = with,
                    WordCount = words,
                    VictimBlamingFindings = findings,
                    PerpetratorInvisibleFindings = 1,
                });
            }

            db.CaseMapGaps.Add(new CaseMapGap { CaseId = calder, RuleId = MapGapRules.PerpetratorNotInterviewed, RecordedAt = now });
            db.CaseMapGaps.Add(new CaseMapGap { CaseId = calder, RuleId = MapGapRules.ComponentEmpty, Component = MapComponent.IntersectingFactors, RecordedAt = now });
            await db.SaveChangesAsync();
            await CaseFiguresOnRecord.RebuildAsync(db, progress: null, CancellationToken.None);
        });
    }

    private static async Task CheckAsync(IPage page, string what, List<string> violations, List<string> checkedPages)
    {
        Assert.DoesNotContain("/Account/", page.Url, StringComparison.Ordinal);
        var result = await AxeCheck.RunAsync(page, AxeCheck.Wcag22AA);
        Assert.True(result.RulesPassed > 0);
        violations.AddRange(result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{what} ({page.Url}): {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Targets)}"));
        checkedPages.Add(what);
    }

    private static ILocator H1(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [Fact]
    public async Task Dashboard_WithFigures_EmptyPeriod_Mistakes_AndAsTheSupervisor_HasNoSeriousAccessibilityViolation()
    {
        await AddFiguresAsync();
        var page = await host.SignedInPageAsync("manager");
        var violations = new List<string>();
        var checkedPages = new List<string>();

        await page.GotoAsync("/Dashboards/Practice");
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Practice dashboard");
        foreach (var chart in Charts)
        {
            await Assertions.Expect(page.Locator($"svg[aria-labelledby='{chart}-title {chart}-desc']")).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Mean review score by criterion" })).ToBeVisibleAsync();
        await CheckAsync(page, "dashboard with figures", violations, checkedPages);

        // The filters are a GET form: the chosen team and period land in the address, to share.
        var teamA = await host.WithSystemDbAsync(db => db.Teams.Where(t => t.Name == "Family Safety Team A").Select(t => t.Id).SingleAsync());
        await page.GetByLabel("Team", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Family Safety Team A" });
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2001-01-01");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2001-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the figures" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"teamId={teamA}&from=2001-01-01&to=2001-12-31$"));
        await Assertions.Expect(page.Locator("#dashboard-scope")).ToContainTextAsync("Family Safety Team A, 1 Jan 2001 to 31 Dec 2001");
        await Assertions.Expect(page.GetByText("No reviews confirmed in this period — draw a sample on Case reviews.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("No case notes are dated in this period for these cases.")).ToBeVisibleAsync();
        await CheckAsync(page, "dashboard for an empty period", violations, checkedPages);

        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2026-03-01");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2026-02-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the figures" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#to-error")).ToHaveTextAsync("The end of the period must be the same as or after its start.");
        await CheckAsync(page, "dashboard with a mistake in the period", violations, checkedPages);
        await page.Context.CloseAsync();

        var supervisor = await host.SignedInPageAsync("supervisor");
        await supervisor.GotoAsync("/Dashboards/Practice");
        await Assertions.Expect(supervisor.Locator("#dashboard-scope")).ToContainTextAsync("Family Safety Team A");
        await CheckAsync(supervisor, "dashboard as the supervisor", violations, checkedPages);
        await supervisor.Context.CloseAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal(4, checkedPages.Count);
    }

    [Fact]
    public async Task Print_GivesTheChartsAndTables_WithoutTheFiltersNavigationOrDownloads()
    {
        await AddFiguresAsync();
        var page = await host.SignedInPageAsync("manager");
        await page.GotoAsync("/Dashboards/Practice");
        var downloads = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Download CSV") });
        await Assertions.Expect(downloads).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show the figures" })).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(ArtifactsDirectory, "practice-dashboard.pdf"), pdf);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsDirectory, "practice-dashboard-print.png"), FullPage = true });

        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.True(PageObject().Count(Encoding.Latin1.GetString(pdf)) >= 1, "The dashboard printed no page.");
        await Assertions.Expect(H1(page)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#dashboard-scope")).ToBeVisibleAsync();
        foreach (var chart in Charts)
        {
            await Assertions.Expect(page.Locator($"svg[aria-labelledby='{chart}-title {chart}-desc']")).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("#table-screening")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#table-gaps")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Primary navigation" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show the figures" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("From", new() { Exact = true })).ToBeHiddenAsync();
        await Assertions.Expect(downloads).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "On this page" })).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }
}
