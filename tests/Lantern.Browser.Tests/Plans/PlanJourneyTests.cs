using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Plans;

/// <summary>
/// A worker puts right the Fairley family's plan: she finds the case on her team's list, reads the checker's finding
/// that Leanne has been made responsible for Craig's drinking, rewrites the goal as a partnership and watches the
/// finding clear as she types, then writes Craig a goal about his own behaviour.
/// </summary>
public sealed partial class PlanJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string LeanneGoal = "Leanne will ensure that Craig does not come to the house when he has been drinking.";
    private const string CraigServiceGoal = "Craig to attend an alcohol awareness programme.";
    private const string Partnership = "Leanne and the worker will keep her safety plan up to date together.";

    /// <summary>From her team's cases, as she would: the case whose family includes Leanne Fairley, then its plan.</summary>
    private static async Task OpenFairleyPlanAsync(IPage page)
    {
        await page.GotoAsync("/Cases");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Leanne Fairley" });
        await row.GetByRole(AriaRole.Link, new() { NameRegex = ReferencePattern() }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Case LAN-");
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Plan for case LAN-");
    }

    private static ILocator Goal(IPage page, string behaviour) => page.Locator("article.lantern-goal").Filter(new() { HasText = behaviour });

    private static ILocator Checker(IPage page) => page.GetByRole(AriaRole.Complementary, new() { Name = "Plan checker" });

    private static ILocator EditorFindings(IPage page) => page.Locator("#goal-findings");

    private static async Task<int> CheckerCountAsync(IPage page)
    {
        var text = await Checker(page).GetByRole(AriaRole.Heading, new() { Level = 2 }).InnerTextAsync();
        return int.Parse(CountPattern().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task RewriteLeannesGoal_AsAPartnership_ClearsTheFindingAsSheTypesAndOnThePlan()
    {
        var page = await host.SignedInPageAsync("worker");

        await OpenFairleyPlanAsync(page);
        var leanne = Goal(page, LeanneGoal);
        await Assertions.Expect(leanne).ToHaveCountAsync(1);
        await Assertions.Expect(leanne.Locator("li[data-rule=survivor-made-responsible]")).ToContainTextAsync("makes Leanne Fairley responsible for Craig Fairley's behaviour");
        await Assertions.Expect(Checker(page).Locator("li[data-rule=survivor-made-responsible]")).ToHaveCountAsync(1);

        await leanne.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change") }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/PlanGoals/[0-9a-f-]{36}/Edit$"));
        var behaviour = page.GetByLabel("The behaviour", new() { Exact = true });
        await Assertions.Expect(behaviour).ToHaveValueAsync(LeanneGoal);

        // A keystroke asks the checker (htmx, debounced): the finding appears beside the form without a page load.
        var url = page.Url;
        await behaviour.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" ");
        var finding = EditorFindings(page).Locator("li[data-rule=survivor-made-responsible]");
        await Assertions.Expect(finding).ToHaveCountAsync(1);
        await Assertions.Expect(finding).ToContainTextAsync("responsible for Craig Fairley's behaviour");

        // She rewrites it as a partnership, typing as she would; the finding clears while she types.
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(Partnership);
        await Assertions.Expect(finding).ToHaveCountAsync(0);
        await Assertions.Expect(EditorFindings(page)).Not.ToContainTextAsync("responsible for Craig Fairley's behaviour");
        await Assertions.Expect(EditorFindings(page).Locator("li[data-rule=no-review-date]")).ToHaveCountAsync(1); // the checker did run on the new text
        Assert.Equal(url, page.Url);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the goal" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Plan for case LAN-");
        var rewritten = Goal(page, Partnership);
        await Assertions.Expect(rewritten).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Leanne Fairley") })).ToContainTextAsync(Partnership);
        await Assertions.Expect(rewritten.Locator("li[data-rule=survivor-made-responsible]")).ToHaveCountAsync(0);
        await Assertions.Expect(rewritten.Locator("li[data-rule=no-review-date]")).ToHaveCountAsync(1);
        await Assertions.Expect(Goal(page, LeanneGoal)).ToHaveCountAsync(0);
        await Assertions.Expect(Checker(page).Locator("li[data-rule=survivor-made-responsible]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WriteAGoalForCraig_AboutHisBehaviour_HasOnlyTheFindingsItDeserves()
    {
        var page = await host.SignedInPageAsync("worker");
        var review = DateTime.UtcNow.AddMonths(1);
        const string stop = "Craig will stop coming to the house when he has been drinking, and will stop shouting at Leanne in front of Josh.";
        const string seen = "No visits after drinking and no shouting reported by Leanne, Josh or the school for three months.";

        await OpenFairleyPlanAsync(page);
        var before = await CheckerCountAsync(page);
        var craig = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Craig Fairley: changing his behaviour") });
        await Assertions.Expect(Goal(page, CraigServiceGoal).Locator("li[data-rule=service-only]")).ToHaveCountAsync(1);
        await craig.GetByRole(AriaRole.Link, new() { Name = "Add a goal for Craig Fairley" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Whose goal is it?")).ToHaveValueAsync(new Regex("^[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByLabel("Whose goal is it?").Locator("option:checked")).ToHaveTextAsync("Craig Fairley");

        // USWDS keeps the native radio off-screen but focusable: focus it and press Space, as a keyboard user does.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Stop", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Stop", Exact = true })).ToBeCheckedAsync();
        await page.GetByLabel("The behaviour", new() { Exact = true }).PressSequentiallyAsync(stop);
        // With only the behaviour written, the checker asks what will be seen and when it will be reviewed.
        await Assertions.Expect(EditorFindings(page).Locator("li[data-rule=no-measure]")).ToContainTextAsync("has no success indicator");
        await Assertions.Expect(EditorFindings(page).Locator("li[data-rule=no-review-date]")).ToHaveCountAsync(1);
        await Assertions.Expect(EditorFindings(page).Locator("li[data-rule=survivor-made-responsible]")).ToHaveCountAsync(0);

        await page.GetByLabel("How progress is measured").FillAsync("Leanne and Josh seen alone every two weeks; police call-outs checked monthly.");
        await page.GetByLabel("Who checks it").FillAsync("The allocated worker, with the school and the police");
        var date = page.GetByRole(AriaRole.Group, new() { Name = "Review date" });
        await date.GetByLabel("Day").FillAsync(review.Day.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Month").FillAsync(review.Month.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Year").FillAsync(review.Year.ToString(CultureInfo.InvariantCulture));
        var mapEntries = page.GetByRole(AriaRole.Group, new() { Name = "Which entries on the map does it answer?" }).GetByRole(AriaRole.Checkbox);
        var linked = await mapEntries.CountAsync() > 0;
        if (linked)
        {
            await mapEntries.First.FocusAsync();
            await page.Keyboard.PressAsync("Space");
        }

        await page.GetByLabel("What will be seen when it is met").PressSequentiallyAsync(seen);
        await Assertions.Expect(EditorFindings(page).Locator("li[data-rule=no-measure]")).ToHaveCountAsync(0);
        await Assertions.Expect(EditorFindings(page).Locator("li[data-rule=no-review-date]")).ToHaveCountAsync(0);
        await Assertions.Expect(EditorFindings(page).Locator("li[data-rule=no-map-link]")).ToHaveCountAsync(linked ? 0 : 1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the goal" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Plan for case LAN-");
        var goal = Goal(page, stop);
        await Assertions.Expect(goal).ToHaveCountAsync(1);
        await Assertions.Expect(craig).ToContainTextAsync(stop);
        await Assertions.Expect(goal).ToContainTextAsync(seen);
        await Assertions.Expect(goal.Locator("li[data-rule]")).ToHaveCountAsync(linked ? 0 : 1);
        await Assertions.Expect(goal.Locator("li[data-rule=no-map-link]")).ToHaveCountAsync(linked ? 0 : 1);
        // His goal is about his behaviour: the plan checker's count grows only by what this goal still lacks.
        Assert.Equal(before + (linked ? 0 : 1), await CheckerCountAsync(page));
        await Assertions.Expect(Checker(page).Locator("li[data-rule=perpetrator-without-goal]")).ToHaveCountAsync(0);
        await Assertions.Expect(Goal(page, CraigServiceGoal).Locator("li[data-rule=service-only]")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CheckTheGoal_WithoutJavaScript_ShowsTheFindingsOnTheReloadedForm()
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("User name").FillAsync("worker");
        await page.GetByLabel("Password").FillAsync(Lantern.TestCommon.Clients.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.Ordinal));

        await OpenFairleyPlanAsync(page);
        await Goal(page, CraigServiceGoal).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change") }).ClickAsync();
        await Assertions.Expect(EditorFindings(page).Locator("li")).ToHaveCountAsync(0);
        await Assertions.Expect(EditorFindings(page)).ToContainTextAsync("The checker reads the goal as you write it");

        const string edited = "Craig to complete an alcohol awareness programme.";
        await page.GetByLabel("The behaviour", new() { Exact = true }).FillAsync(edited);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the goal" }).ClickAsync();

        // A full page comes back: the form keeps what she typed and the checker's findings are under it.
        await Assertions.Expect(page.GetByLabel("The behaviour", new() { Exact = true })).ToHaveValueAsync(edited);
        await Assertions.Expect(EditorFindings(page).Locator("li[data-rule=service-only]")).ToContainTextAsync("completion is not change");
        await Assertions.Expect(EditorFindings(page).Locator("li[data-rule=no-review-date]")).ToHaveCountAsync(1);

        // Checking saved nothing.
        await OpenFairleyPlanAsync(page);
        await Assertions.Expect(Goal(page, CraigServiceGoal)).ToHaveCountAsync(1);
        await Assertions.Expect(Goal(page, edited)).ToHaveCountAsync(0);
        await context.CloseAsync();
    }

    [GeneratedRegex("^LAN-\\d+$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("\\((\\d+)\\)")]
    private static partial Regex CountPattern();
}
