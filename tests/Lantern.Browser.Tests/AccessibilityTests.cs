using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests;

/// <summary>Every page a user can reach, checked with axe in a real browser: no serious or critical violation.</summary>
public sealed class AccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await AxeCheck.RunAsync(page);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Targets)}")
            .ToList();
    }

    /// <summary>The check itself: a page with known faults must be reported, or every "no violation" below means nothing.</summary>
    [Fact]
    public async Task TheAxeCheck_ReportsAPageWithKnownFaults()
    {
        var context = await host.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!doctype html><html><head><title>Faults</title></head><body><main><img src=\"x.png\"><input type=\"text\"><p style=\"color:#bbb;background:#fff\">Faint</p></main></body></html>");

        var result = await AxeCheck.RunAsync(page, AxeCheck.Wcag22AA);

        Assert.True(result.RulesPassed > 0);
        Assert.Equal(["color-contrast", "html-has-lang", "image-alt", "label", "page-has-heading-one"], result.Violations.Select(v => v.Id).Order(StringComparer.Ordinal));
        Assert.Contains(result.Violations, v => v.Id == "image-alt" && v.IsSerious && v.Targets.SequenceEqual(["img"]));
        await context.CloseAsync();
    }

    [Fact]
    public async Task SignInPage_HasNoSeriousAccessibilityViolation()
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");

        Assert.Empty(await ViolationsAsync(page));
        await context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_AsWorker_ShowsTheDemonstrationFamilyOnHerCaseload()
    {
        var page = await host.SignedInPageAsync("worker");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My caseload" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Gavin Calder").First).ToBeVisibleAsync();
        Assert.Empty(await ViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("manager")]
    [InlineData("admin")]
    public async Task EveryPageTheUserCanOpen_HasNoSeriousAccessibilityViolation(string userName)
    {
        var ids = await RouteSamples.CalderAsync(host);
        var urls = RouteSamples.All(host, ids)
            .Where(s => !s.IsApi && s.Method == "GET" && !s.Url.StartsWith("/openapi", StringComparison.Ordinal) && !s.Url.Contains("SignOut", StringComparison.Ordinal))
            .Select(s => s.Url)
            .Distinct()
            .ToList();
        var page = await host.SignedInPageAsync(userName);
        var violations = new List<string>();
        var checkedPages = 0;

        foreach (var url in urls)
        {
            // A generous timeout: the crawl opens every page in a Debug build, and CI machines are shared.
            var response = await page.GotoAsync(url, new() { Timeout = 120_000 });
            if (response is null || response.Status >= 400 || page.Url.Contains("/Account/", StringComparison.Ordinal))
            {
                continue;
            }

            checkedPages++;
            violations.AddRange(await ViolationsAsync(page));
        }

        Assert.True(checkedPages >= 2, $"Only {checkedPages} pages could be opened by {userName}.");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await page.Context.CloseAsync();
    }
}
