using System.Net;
using Lantern.Core.Audit;
using Lantern.TestCommon;
using Lantern.Web.Tests.Api;
using Xunit;
using static Lantern.Web.Tests.Dashboards.DashboardFactory;
using static Lantern.Web.Tests.Dashboards.DashboardSupport;

namespace Lantern.Web.Tests.Dashboards;

/// <summary>
/// The dashboard page and its CSV downloads: the tables hold the hand-worked numbers, each CSV holds the same numbers as
/// its table, a spreadsheet formula cannot ride in on a team's name, nothing from a case's text is ever shown, and every
/// viewing and download is audited with its team and period.
/// </summary>
public sealed class PracticeDashboardPageTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly string[] Tables = ["reviews", "screening", "perpetrator", "pivot", "gaps"];

    private static async Task<string> PageAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/Dashboards/Practice?{query}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The page answered {(int)response.StatusCode}");
        return html;
    }

    /// <summary>Asserts that a page row's numbers are the CSV row's numbers, in the same order.</summary>
    private static void AssertSameNumbers(List<string> pageRow, IEnumerable<string> csvCells, string what)
    {
        var page = pageRow.Skip(1).SelectMany(Numbers).ToList();
        var csv = csvCells.Where(c => c.Length > 0).SelectMany(Numbers).ToList();
        Assert.True(page.SequenceEqual(csv), $"{what}: the page shows [{string.Join(", ", page)}], the CSV [{string.Join(", ", csv)}]");
    }

    [Fact]
    public async Task Page_AsTheSupervisorOfNorth_ShowsTheHandWorkedNumbersInItsTables()
    {
        var client = await factory.SignedInAsync("dash-sup-north");
        var html = await PageAsync(client, Period);

        Assert.Contains("<strong>Team North</strong>", html, StringComparison.Ordinal);
        var reviews = TableRows(html, "table-reviews");
        Assert.Equal(["1. Partnership with the survivor", "3", "2 (66.7%)", "1 (33.3%)", "0 (0.0%)", "1.67"], reviews[0]);
        Assert.Equal(["All criteria", "24", "6 (25.0%)", "14 (58.3%)", "4 (16.7%)", "1.08"], reviews[^1]);
        var reviewMonths = TableRows(html, "table-reviews-months");
        Assert.Equal(3, reviewMonths.Count);
        Assert.Equal([Month(M2), "1", "2.00", "1.00", "1.00", "1.00", "0.00", "0.00", "2.00", "1.00", "1.00"], reviewMonths[0]);
        Assert.Equal([Month(M1), "1", "2.00", "2.00", "1.00", "0.00", "2.00", "2.00", "1.00", "0.00", "1.25"], reviewMonths[1]);
        Assert.Equal([Month(M0), "1", "1.00", "1.00", "1.00", "1.00", "1.00", "1.00", "1.00", "1.00", "1.00"], reviewMonths[2]);

        var screening = TableRows(html, "table-screening");
        Assert.Equal([Month(M2), "1", "1 (100.0%)", "0 (0.0%)", "0 (0.0%)", "1 (100.0%)"], screening[0]);
        Assert.Equal([Month(M1), "3", "1 (33.3%)", "1 (33.3%)", "1 (33.3%)", "0 (0.0%)"], screening[1]);
        Assert.Equal([Month(M0), "0", "–", "–", "–", "–"], screening[2]);
        Assert.Equal(["Whole period", "4", "2 (50.0%)", "1 (25.0%)", "1 (25.0%)", "1 (50.0%)"], screening[3]);

        Assert.Equal(
        [
            ["Open cases with a perpetrator recorded", "2", "3", "66.7%"],
            ["Open cases with a plan goal for the perpetrator", "1", "3", "33.3%"],
            ["Cases active in the period with a contact with the perpetrator", "2", "4", "50.0%"],
        ], TableRows(html, "table-perpetrator"));

        Assert.Equal(
        [
            ["Blames the survivor", "3", "1.50"],
            ["Makes the abuse mutual", "1", "0.50"],
            ["Hides the perpetrator", "4", "2.00"],
            ["Minimises the harm", "2", "1.00"],
            ["Holds parents to different standards", "1", "0.50"],
            ["All categories", "11", "5.50"],
        ], TableRows(html, "table-pivot"));
        var pivotMonths = TableRows(html, "table-pivot-months");
        Assert.Equal([Month(M2), "1", "600", "1.67", "1.67", "0.00", "3.33", "0.00", "6.67"], pivotMonths[0]);
        Assert.Equal([Month(M1), "2", "1,400", "1.43", "0.00", "2.86", "0.00", "0.71", "5.00"], pivotMonths[1]);
        Assert.Equal([Month(M0), "0", "0", "–", "–", "–", "–", "–", "–"], pivotMonths[2]);

        Assert.Equal(
        [
            ["Nothing recorded about his actions to harm the children", "3", "100.0%"],
            ["No interview with the perpetrator", "2", "66.7%"],
            ["No perpetrator recorded", "1", "33.3%"],
            ["Nothing recorded about the survivor's protective efforts", "1", "33.3%"],
            ["A child with no impact recorded", "1", "33.3%"],
        ], TableRows(html, "table-gaps"));

        // Each chart is an image with its title and description, beside its table.
        foreach (var chart in new[] { "chart-reviews", "chart-reviews-trend", "chart-screening", "chart-perpetrator", "chart-pivot", "chart-pivot-trend", "chart-gaps" })
        {
            Assert.Contains($"role=\"img\" aria-labelledby=\"{chart}-title {chart}-desc\"", html, StringComparison.Ordinal);
            Assert.Contains($"<title id=\"{chart}-title\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("66.7% (2 of 3)", html, StringComparison.Ordinal); // a bar's value is written on the chart
    }

    private static string Month(DateOnly month) => month.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Csv_EachTable_HasTheSameNumbersAsThePage_AndIsAuditedWithTheTable()
    {
        var client = await factory.SignedInAsync("dash-manager");
        var html = await PageAsync(client, Period);
        var managerId = await factory.UserIdAsync("dash-manager");
        var mark = await factory.AuditMarkAsync();

        var reviews = await client.CsvAsync("reviews", Period);
        var screening = await client.CsvAsync("screening", Period);
        var perpetrator = await client.CsvAsync("perpetrator", Period);
        var pivot = await client.CsvAsync("pivot", Period);
        var gaps = await client.CsvAsync("gaps", Period);
        var audit = await factory.AuditSinceAsync(mark);

        // Every row names the team and period; the header says what each column is.
        Assert.Equal(["team", "from", "to", "month", "criterion_number", "criterion", "reviews", "rated", "clearly_evident", "clearly_evident_percent",
            "partly_evident", "partly_evident_percent", "not_evident", "not_evident_percent", "mean_score"], reviews[0]);
        Assert.All(reviews.Skip(1), r => Assert.Equal(["The whole agency", $"{M2:yyyy-MM-dd}", $"{Today:yyyy-MM-dd}"], r.Take(3)));

        // Reviews by criterion: page row i is CSV row i + 1 (month "all"): rated, clearly, %, partly, %, not, %, mean.
        var pageReviews = TableRows(html, "table-reviews");
        Assert.Equal(9, pageReviews.Count);
        for (var i = 0; i < pageReviews.Count; i++)
        {
            var row = reviews[i + 1];
            Assert.Equal("all", row[3]);
            AssertSameNumbers(pageReviews[i], row.Skip(7), $"reviews row {i}");
        }

        // Reviews by month: the page's mean score per criterion is the CSV's mean_score of that month and criterion.
        var pageMonths = TableRows(html, "table-reviews-months");
        foreach (var (pageRow, month) in pageMonths.Zip(new[] { M2, M1, M0 }))
        {
            var csvRows = reviews.Where(r => r[3] == $"{month:yyyy-MM}").ToList();
            Assert.Equal(9, csvRows.Count);
            Assert.Equal(pageRow.Skip(1).ToList(), [csvRows[0][6], .. csvRows.Select(r => r[14])]);
        }

        var pageScreening = TableRows(html, "table-screening");
        Assert.Equal(pageScreening.Count, screening.Count - 1);
        for (var i = 0; i < pageScreening.Count; i++)
        {
            AssertSameNumbers(pageScreening[i], screening[i + 1].Skip(4), $"screening row {i}");
        }

        Assert.Equal("all", screening[^1][3]);
        Assert.Equal(["6", "4", "66.7", "1", "16.7", "1", "16.7", "3", "75.0"], screening[^1].Skip(4));

        var pagePerpetrator = TableRows(html, "table-perpetrator");
        Assert.Equal(3, perpetrator.Count - 1);
        for (var i = 0; i < pagePerpetrator.Count; i++)
        {
            Assert.Equal(pagePerpetrator[i][0], perpetrator[i + 1][4]);
            AssertSameNumbers(pagePerpetrator[i], perpetrator[i + 1].Skip(5), $"perpetrator row {i}");
        }

        Assert.Equal(["perpetrator_recorded", "goal_for_perpetrator", "contact_with_perpetrator"], perpetrator.Skip(1).Select(r => r[3]));

        var pagePivot = TableRows(html, "table-pivot");
        for (var i = 0; i < pagePivot.Count; i++)
        {
            var row = pivot[i + 1];
            Assert.Equal("all", row[3]);
            AssertSameNumbers(pagePivot[i], row.Skip(7), $"pivot row {i}");
        }

        Assert.Equal(["all", "4", "2500", "all", "12", "4.80"], pivot[6].Skip(3));

        var pageGaps = TableRows(html, "table-gaps");
        Assert.Equal(pageGaps.Count, gaps.Count - 1);
        for (var i = 0; i < pageGaps.Count; i++)
        {
            Assert.Equal(pageGaps[i][0], gaps[i + 1][6]);
            Assert.Equal([pageGaps[i][1], pageGaps[i][2].TrimEnd('%')], [gaps[i + 1][7], gaps[i + 1][9]]);
            Assert.Equal("4", gaps[i + 1][8]);
        }

        foreach (var table in Tables)
        {
            Assert.Contains(audit, e => e.Action == AuditAction.DashboardExported && e.UserId == managerId && e.CaseId == null
                && e.Detail == $"table={table};team=agency;from={M2:yyyy-MM-dd};to={Today:yyyy-MM-dd}");
        }
    }

    [Fact]
    public async Task Csv_ATeamNamedLikeAFormula_IsWrittenAsText()
    {
        var client = await factory.SignedInAsync("dash-manager");

        var screening = await client.CsvAsync("screening", $"teamId={factory.OutreachId}&{Period}");

        Assert.All(screening.Skip(1), r => Assert.Equal("'" + Outreach, r[0]));
        Assert.Equal(["all", "0", "0", "", "0", "", "0", "", "0", ""], screening[^1].Skip(3));
    }

    [Fact]
    public async Task PageAndCsv_NeverShowACaseOrAPerson_AndTheViewingIsAudited()
    {
        var client = await factory.SignedInAsync("dash-manager");
        var managerId = await factory.UserIdAsync("dash-manager");
        var mark = await factory.AuditMarkAsync();

        var everything = new List<string>
        {
            await PageAsync(client, Period),
            await PageAsync(client, $"teamId={factory.NorthId}&{Period}"),
            (await (await factory.ApiAsync("dash-manager")).DashboardAsync(Period)).ToString(),
        };
        foreach (var table in Tables)
        {
            everything.Add(string.Join("\n", (await client.CsvAsync(table, Period)).Select(r => string.Join(",", r))));
        }

        var audit = await factory.AuditSinceAsync(mark);

        Assert.All(everything, text => Assert.DoesNotContain(factory.Canary, text, StringComparison.Ordinal));
        Assert.All(everything, text => Assert.DoesNotContain("DASH-0", text, StringComparison.Ordinal)); // no case reference either
        Assert.Contains(audit, e => e.Action == AuditAction.DashboardViewed && e.UserId == managerId && e.CaseId == null && e.PersonId == null
            && e.Detail == $"team=agency;from={M2:yyyy-MM-dd};to={Today:yyyy-MM-dd}");
        Assert.Contains(audit, e => e.Action == AuditAction.DashboardViewed && e.UserId == managerId
            && e.Detail == $"team={factory.NorthId};from={M2:yyyy-MM-dd};to={Today:yyyy-MM-dd}");
        Assert.Equal(3, audit.Count(e => e.Action == AuditAction.DashboardViewed));
        Assert.All(audit.Where(e => e.Action is AuditAction.DashboardViewed or AuditAction.DashboardExported), e => Assert.Null(e.CaseId));
    }

    [Fact]
    public async Task Page_ForATeamWithNoCases_ShowsHelpfulEmptyStates()
    {
        var client = await factory.SignedInAsync("dash-manager");

        var html = await PageAsync(client, $"teamId={factory.OutreachId}&{Period}");

        Assert.Contains("No reviews confirmed in this period — draw a sample on <a class=\"usa-link\" href=\"/Reviews\">Case reviews</a>.", html, StringComparison.Ordinal);
        Assert.Contains("No intakes were completed for these cases in this period.", html, StringComparison.Ordinal);
        Assert.Contains("No cases are open now, and none were active in this period.", html, StringComparison.Ordinal);
        Assert.Contains("No case notes are dated in this period for these cases.", html, StringComparison.Ordinal);
        Assert.Contains("No cases are open now.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lantern-chart__svg", html, StringComparison.Ordinal);
        Assert.Equal(5, html.Split("Download CSV").Length - 1);
    }

    [Theory]
    [InlineData("from=2026-03-01&to=2026-02-01", "to", "The end of the period must be the same as or after its start.")]
    [InlineData("from=2019-01-01&to=2026-01-02", "from", "Choose a period of 5 years or less.")]
    [InlineData("from=31%2F12%2F2025", "from", "Enter the start of the period as a date, for example 2025-01-31.")]
    [InlineData("teamId=not-a-team", "teamId", "Choose a team from the list.")]
    public async Task Page_BadFilters_ShowsTheFieldError_KeepsWhatWasTyped_AndNoFigures(string query, string field, string message)
    {
        var client = await factory.SignedInAsync("dash-manager");

        var html = await PageAsync(client, query);

        Assert.Contains("<title>Error: Practice dashboard", html, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"usa-link\" href=\"#{field}\">{WebUtility.HtmlEncode(message)}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"usa-error-message\" id=\"{field}-error\">{WebUtility.HtmlEncode(message)}</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{factory.SouthId}\">{South}</option>", html, StringComparison.Ordinal); // the filters are still there
        if (field == "from" && query.StartsWith("from=2019", StringComparison.Ordinal))
        {
            Assert.Contains("value=\"2019-01-01\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Csv_UnknownTable_Is404_AndBadFiltersGoBackToThePage()
    {
        var client = await factory.SignedInAsync("dash-manager");

        var unknown = await client.GetAsync("/Dashboards/Practice?handler=Csv&table=people");
        var numeric = await client.GetAsync("/Dashboards/Practice?handler=Csv&table=1");
        var bad = await client.GetAsync("/Dashboards/Practice?handler=Csv&table=gaps&from=2026-03-01&to=2026-02-01");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, numeric.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, bad.StatusCode);
        Assert.Equal("/Dashboards/Practice?from=2026-03-01&to=2026-02-01", bad.Headers.Location!.OriginalString);
    }
}
