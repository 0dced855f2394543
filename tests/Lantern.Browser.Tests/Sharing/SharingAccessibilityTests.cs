using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Sharing;

/// <summary>
/// The sharing screens (agreements, drafting one, a case's sharing page, each with its errors) and the shared Calder
/// case as each partner sees it, checked with axe: no serious or critical violation.
/// </summary>
public sealed class SharingAccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
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

    [Fact]
    public async Task AgreementScreens_HaveNoSeriousAccessibilityViolation()
    {
        var page = await host.SignedInPageAsync("admin");
        var violations = new List<string>();
        var checkedPages = new List<string>();

        await OpenAsync(page, "/Admin/Agreements");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Northgate family safety information sharing") })).ToBeVisibleAsync();
        await CheckAsync(page, "agreements", violations, checkedPages);

        await OpenAsync(page, "/Admin/Agreements/New");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Northgate Police" })).ToBeVisibleAsync();
        await CheckAsync(page, "draft an agreement", violations, checkedPages);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        var summary = page.Locator(".lantern-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        Assert.True(await summary.GetByRole(AriaRole.Link).CountAsync() >= 3, "The summary should list each missing answer.");
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveAttributeAsync("aria-invalid", "true");
        await CheckAsync(page, "draft with errors", violations, checkedPages);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal(3, checkedPages.Count);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CaseSharingPage_WithAndWithoutErrors_HasNoSeriousAccessibilityViolation()
    {
        var calder = await host.CaseOfAsync("Calder");
        var page = await host.SignedInPageAsync("worker");
        var violations = new List<string>();
        var checkedPages = new List<string>();

        await OpenAsync(page, $"/Cases/{calder}/Sharing");
        var shares = page.GetByRole(AriaRole.Table, new() { Name = "Partner agencies this case is shared with" });
        await Assertions.Expect(shares.GetByRole(AriaRole.Row).Filter(new() { HasText = "Northgate Police" })).ToContainTextAsync("Shared");
        await Assertions.Expect(shares.GetByRole(AriaRole.Row).Filter(new() { HasText = "Harbour Domestic Abuse Service" })).ToContainTextAsync("Morag Calder");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Stop sharing with Northgate Police" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record that consent was withdrawn for Harbour Domestic Abuse Service" })).ToBeVisibleAsync();
        await CheckAsync(page, "case sharing", violations, checkedPages);

        // The advocate's agency needs Morag's consent: choosing it without the consent fields is refused.
        var harbour = page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Harbour Domestic Abuse Service") });
        await harbour.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(harbour).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Share the case" }).ClickAsync();
        var summary = page.Locator(".lantern-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Harbour Domestic Abuse Service") })).ToBeCheckedAsync();
        await CheckAsync(page, "case sharing with errors", violations, checkedPages);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal(2, checkedPages.Count);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("advocate")]
    [InlineData("teacher")]
    public async Task TheSharedCase_AsEachPartnerSeesIt_HasNoSeriousAccessibilityViolation(string user)
    {
        var calder = await host.CaseOfAsync("Calder");
        var page = await host.SignedInPageAsync(user);
        var violations = new List<string>();
        var checkedPages = new List<string>();

        await OpenAsync(page, $"/Cases/{calder}");
        await Assertions.Expect(page.GetByText("Shared with your agency by Northgate Children's Services", new() { Exact = false })).ToBeVisibleAsync();
        await CheckAsync(page, $"case as {user}", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/Map");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Map of case LAN-");
        await CheckAsync(page, $"map as {user}", violations, checkedPages);

        // The police are not given the plan: whatever the page shows them, none of its goals.
        var plan = await page.GotoAsync($"/Cases/{calder}/Plan");
        Assert.True(plan!.Status is 200 or 404, $"The plan answered {plan.Status}.");
        if (user == "officer")
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("stop controlling the household money");
        }
        else
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("stop controlling the household money");
        }

        await CheckAsync(page, $"plan as {user}", violations, checkedPages);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal(3, checkedPages.Count);
        await page.Context.CloseAsync();
    }
}
