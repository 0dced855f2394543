using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Plans;

/// <summary>
/// Every screen of plans, safety plans and risk management plans, in the states a worker meets them (a good plan
/// and a bad one, each form empty, with errors and checked, a saved risk plan, plans past their review date),
/// checked with axe: no serious or critical violation.
/// </summary>
public sealed class PlanAccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    /// <summary>The same rules as the other browser tests: WCAG 2.0, 2.1 and 2.2, levels A and AA.</summary>
    private static async Task CheckAsync(IPage page, string what, List<string> violations, List<string> checkedPages)
    {
        Assert.DoesNotContain("/Account/", page.Url, StringComparison.Ordinal);
        var result = await AxeCheck.RunAsync(page, AxeCheck.Wcag22AA);
        Assert.True(result.RulesPassed > 0); // axe really ran its WCAG rules on this page
        violations.AddRange(result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{what} ({page.Url}): {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Targets)}"));
        checkedPages.Add(what);
    }

    private static async Task OpenAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is { Status: < 400 }, $"{url} answered {response?.Status}.");
    }

    private static ILocator H1(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [Fact]
    public async Task EveryPlanScreen_HasNoSeriousAccessibilityViolation()
    {
        var calder = await host.CaseOfAsync("Calder");
        var fairley = await host.CaseOfAsync("Fairley");
        // The Calder plan's review is past its date, so that the overdue lists have a row to show.
        await host.WithSystemDbAsync(db => db.CasePlans.Where(p => p.CaseId == calder)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.NextReviewOn, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10))));
        var page = await host.SignedInPageAsync("worker");
        var violations = new List<string>();
        var checkedPages = new List<string>();

        await OpenAsync(page, "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Plans past their review date" })).ToBeVisibleAsync();
        await CheckAsync(page, "caseload with overdue plans", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/Plan");
        await Assertions.Expect(page.GetByText("Nothing found: every person causing harm has behaviour goals", new() { Exact = false })).ToBeVisibleAsync();
        await CheckAsync(page, "good plan", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{fairley}/Plan");
        await Assertions.Expect(page.Locator("aside li[data-rule=survivor-made-responsible]")).ToBeVisibleAsync();
        await CheckAsync(page, "plan with findings", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/Plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a goal for Gavin Calder" }).ClickAsync();
        await Assertions.Expect(H1(page)).ToContainTextAsync("goal");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Check the goal" })).ToBeVisibleAsync();
        await CheckAsync(page, "new goal", violations, checkedPages);

        await page.GetByLabel("Whose goal is it?").SelectOptionAsync(new SelectOptionValue { Label = "Choose a person" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the goal" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        await CheckAsync(page, "goal form with errors", violations, checkedPages);

        await page.GetByLabel("Whose goal is it?").SelectOptionAsync(new SelectOptionValue { Label = "Morag Calder" });
        await page.GetByLabel("The behaviour", new() { Exact = true }).FillAsync("Morag will make sure Gavin does not drink at home.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the goal" }).ClickAsync();
        await Assertions.Expect(page.Locator("#goal-findings li[data-rule=survivor-made-responsible]")).ToBeVisibleAsync();
        await CheckAsync(page, "goal form after Check the goal", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/Plan");
        await page.Locator("article.lantern-goal").First.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change") }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Progress", new() { Exact = true })).ToBeVisibleAsync();
        await CheckAsync(page, "edit goal", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/Plan/Review");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record the review" })).ToBeVisibleAsync();
        await CheckAsync(page, "review", violations, checkedPages);
        await page.GetByRole(AriaRole.Group, new() { Name = "Date of the review" }).GetByLabel("Day").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        await CheckAsync(page, "review with errors", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/Plan/Print");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Print options" })).ToBeVisibleAsync();
        await CheckAsync(page, "print view", violations, checkedPages);
        await OpenAsync(page, $"/Cases/{calder}/Plan/Print?perPerson=true&safetyPlans=true");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confidential: safety plan for Morag Calder" })).ToBeVisibleAsync();
        await CheckAsync(page, "print view with the safety plan", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/SafetyPlans");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Safety plan for Morag Calder" })).ToBeVisibleAsync();
        await CheckAsync(page, "safety plans", violations, checkedPages);

        await page.GetByRole(AriaRole.Link, new() { Name = "Write a safety plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save the safety plan" })).ToBeVisibleAsync();
        await CheckAsync(page, "new safety plan", violations, checkedPages);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the safety plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        await CheckAsync(page, "safety plan form with errors", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/SafetyPlans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Safety plan for Morag Calder" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Give access" })).ToBeVisibleAsync();
        await CheckAsync(page, "safety plan with the grant form", violations, checkedPages);
        await page.GetByRole(AriaRole.Button, new() { Name = "Give access" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        await CheckAsync(page, "grant form with errors", violations, checkedPages);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change the safety plan" }).ClickAsync();
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Change the safety plan for Morag Calder");
        await CheckAsync(page, "edit safety plan", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/RiskPlans");
        await Assertions.Expect(page.GetByText("No risk management plans have been written on this case.")).ToBeVisibleAsync();
        await CheckAsync(page, "risk plans, none yet", violations, checkedPages);

        await page.GetByRole(AriaRole.Link, new() { Name = "Write a risk management plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" })).ToBeVisibleAsync();
        await CheckAsync(page, "new risk plan", violations, checkedPages);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        await CheckAsync(page, "risk plan form with errors", violations, checkedPages);

        var review = DateTime.UtcNow.AddMonths(1);
        await page.GetByLabel("The concern").FillAsync("Rory has told his teacher that his dad shouts at his mum and he is scared to go home.");
        var risk = page.GetByRole(AriaRole.Group, new() { Name = "Risk 1" });
        await risk.GetByLabel("The risk").FillAsync("Rory is distressed in class after a bad night at home.");
        await risk.GetByLabel("How likely is it?").SelectOptionAsync(new SelectOptionValue { Label = "High" });
        await risk.GetByLabel("How serious would the harm be?").SelectOptionAsync(new SelectOptionValue { Label = "Medium" });
        var action = page.GetByRole(AriaRole.Group, new() { Name = "Action 1" });
        await action.GetByLabel("What will be done").FillAsync("A named trusted adult checks in with Rory each morning.");
        await action.GetByLabel("Who owns it").FillAsync("Class teacher");
        var reviewDate = page.GetByRole(AriaRole.Group, new() { Name = "When will the plan be reviewed?" });
        await reviewDate.GetByLabel("Day").FillAsync(review.Day.ToString(CultureInfo.InvariantCulture));
        await reviewDate.GetByLabel("Month").FillAsync(review.Month.ToString(CultureInfo.InvariantCulture));
        await reviewDate.GetByLabel("Year").FillAsync(review.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/RiskPlans/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("A named trusted adult checks in with Rory each morning.");
        await CheckAsync(page, "saved risk plan", violations, checkedPages);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change or review the plan" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("The concern")).ToHaveValueAsync(new Regex("^Rory has told his teacher"));
        await CheckAsync(page, "edit risk plan", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/RiskPlans");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Rory has told his teacher") })).ToBeVisibleAsync();
        await CheckAsync(page, "risk plans with one", violations, checkedPages);
        await page.Context.CloseAsync();

        var supervisor = await host.SignedInPageAsync("supervisor");
        await OpenAsync(supervisor, "/Plans/Overdue");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await CheckAsync(supervisor, "overdue plans", violations, checkedPages);
        await supervisor.Context.CloseAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal(24, checkedPages.Count);
    }
}
