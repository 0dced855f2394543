using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Reviews;

/// <summary>
/// A reviewer's journey from drawing a sample to a confirmed review, in Chromium: the sample form with a mistake, the
/// sample's pre-scores, a review with its reasons and evidence, a changed rating refused without a reason and accepted
/// with one. Axe checks every screen on the way.
/// </summary>
public sealed partial class ReviewJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [GeneratedRegex("^/Reviews/Samples/[0-9a-f-]{36}$")]
    private static partial Regex SampleUrl();

    private static async Task CheckAsync(IPage page, string what, List<string> violations)
    {
        var result = await AxeCheck.RunAsync(page, AxeCheck.Wcag22AA);
        Assert.True(result.RulesPassed > 0);
        violations.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{what} ({page.Url}): {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Targets)}"));
    }

    private static ILocator H1(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [Fact]
    public async Task Reviewer_DrawsASample_ChangesARatingWithAReason_AndConfirms()
    {
        var page = await host.SignedInPageAsync("reviewer");
        var violations = new List<string>();

        await page.GotoAsync("/Reviews");
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Case reviews");
        await CheckAsync(page, "reviews, no sample yet", violations);

        // A mistake first: the period ends before it starts, and the size is not a number.
        await page.GetByRole(AriaRole.Group, new() { Name = "Until" }).GetByLabel("Year").FillAsync("2001");
        await page.GetByLabel("How many cases").FillAsync("ten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Draw the sample" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Assertions.Expect(page.Locator(".usa-alert--error")).ToContainTextAsync("whole number");
        await Assertions.Expect(page.GetByLabel("How many cases")).ToHaveValueAsync("ten");
        await CheckAsync(page, "draw a sample, with errors", violations);

        await page.GetByRole(AriaRole.Group, new() { Name = "Until" }).GetByLabel("Year").FillAsync(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Group, new() { Name = "Until" }).GetByLabel("Month").FillAsync(DateTime.UtcNow.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Group, new() { Name = "Until" }).GetByLabel("Day").FillAsync(DateTime.UtcNow.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("How many cases").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Draw the sample" }).ClickAsync();
        await page.WaitForURLAsync(url => SampleUrl().IsMatch(new Uri(url).AbsolutePath));
        await Assertions.Expect(page.Locator(".usa-alert--success")).ToContainTextAsync("3 cases drawn and pre-scored");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByText("0 of 3 reviews confirmed")).ToBeVisibleAsync();
        await CheckAsync(page, "a sample", violations);

        await page.Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(H1(page)).ToContainTextAsync("Review of case");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).Filter(new() { HasText = "(i) Partnership with the survivor" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".lantern-reasons li").First).ToBeVisibleAsync();
        await CheckAsync(page, "a review", violations);

        // Change the sixth criterion away from its pre-score without saying why: refused, the choice kept.
        var sixth = page.Locator("section.lantern-criterion").Nth(5);
        var pre = await sixth.Locator(".lantern-rating").First.InnerTextAsync();
        var other = pre == "Clearly evident" ? "Partly evident" : "Clearly evident";
        // USWDS keeps the native radio off-screen: choose by the label, as a person does.
        await sixth.Locator("label.usa-radio__label", new() { HasText = other }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm the review" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Assertions.Expect(page.Locator(".usa-alert--error")).ToContainTextAsync("rated differently from the pre-score");
        await Assertions.Expect(page.Locator("section.lantern-criterion").Nth(5).GetByRole(AriaRole.Radio, new() { Name = other, Exact = true })).ToBeCheckedAsync();
        await CheckAsync(page, "a review, with errors", violations);

        await page.Locator("section.lantern-criterion").Nth(5).GetByLabel("Why it differs from the pre-score").FillAsync("Her efforts are in the notes of the home visits, not yet on the map.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm the review" }).ClickAsync();
        await page.WaitForURLAsync(url => SampleUrl().IsMatch(new Uri(url).AbsolutePath));
        await Assertions.Expect(page.Locator(".usa-alert--success")).ToContainTextAsync("confirmed");
        await Assertions.Expect(page.GetByText("1 of 3 reviews confirmed")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasText = "Confirmed" })).ToHaveCountAsync(1);

        await page.Locator("tbody tr").Filter(new() { HasText = "Confirmed" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByText("Her efforts are in the notes of the home visits, not yet on the map.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirm the review" })).ToHaveCountAsync(0);
        await CheckAsync(page, "a confirmed review", violations);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
