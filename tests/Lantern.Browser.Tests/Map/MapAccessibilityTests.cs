using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Map;

/// <summary>
/// Every screen of the map, in the states a worker meets them (fully and half mapped, each component's form, a form
/// with errors, filters applied, the worker-safety alert), checked with axe: no serious or critical violation.
/// </summary>
public sealed class MapAccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    /// <summary>The same rules as the other browser tests: WCAG 2.0, 2.1 and 2.2, levels A and AA.</summary>
    private static readonly string[] Components = ["CoerciveControl", "HarmToChild", "ProtectiveEfforts", "ChildImpact", "IntersectingFactors"];

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
    public async Task EveryMapScreen_HasNoSeriousAccessibilityViolation()
    {
        var calder = await host.CaseOfAsync("Calder");
        var burns = await host.CaseOfAsync("Burns");
        var gavin = await host.PersonAsync("Gavin", "Calder");
        var page = await host.SignedInPageAsync("worker");
        var violations = new List<string>();
        var checkedPages = new List<string>();

        await OpenAsync(page, $"/Cases/{calder}/Map");
        await Assertions.Expect(page.GetByText("No gaps found")).ToBeVisibleAsync();
        await CheckAsync(page, "full map", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{burns}/Map");
        await Assertions.Expect(page.Locator("li[data-rule=component-empty]").First).ToBeVisibleAsync();
        await CheckAsync(page, "half-mapped map", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{burns}/Map/New");
        await Assertions.Expect(page.GetByText("Which part of the map does it belong to?")).ToBeVisibleAsync();
        await CheckAsync(page, "component chooser", violations, checkedPages);

        foreach (var component in Components)
        {
            foreach (var caseId in new[] { calder, burns })
            {
                await OpenAsync(page, $"/Cases/{caseId}/Map/New?component={component}");
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add to the map" })).ToBeVisibleAsync();
                await CheckAsync(page, $"new {component} entry", violations, checkedPages);
            }
        }

        await OpenAsync(page, $"/Cases/{burns}/Map/New?component=CoerciveControl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the map" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        await CheckAsync(page, "form with errors", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/Map");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Change") }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Change a map entry");
        await CheckAsync(page, "edit", violations, checkedPages);

        await page.GetByRole(AriaRole.Link, new() { Name = "Take this entry off the map" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Take this entry off the map?" })).ToBeVisibleAsync();
        await CheckAsync(page, "remove confirmation", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/Chronology");
        await CheckAsync(page, "chronology", violations, checkedPages);
        await page.GetByLabel("Part of the map").SelectOptionAsync(new SelectOptionValue { Value = "CoerciveControl" });
        await page.GetByLabel("Source").SelectOptionAsync(new SelectOptionValue { Value = "PoliceReport" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Show everything" })).ToBeVisibleAsync();
        await CheckAsync(page, "filtered chronology", violations, checkedPages);
        await OpenAsync(page, $"/Cases/{calder}/Chronology?component=ChildImpact&source=PoliceReport&person={gavin}");
        await CheckAsync(page, "chronology with no matches", violations, checkedPages);

        await OpenAsync(page, $"/People/{gavin}/Pattern");
        await CheckAsync(page, "Gavin's pattern", violations, checkedPages);
        await OpenAsync(page, $"/Cases/{burns}/Map");
        await page.GetByRole(AriaRole.Link, new() { Name = "see his whole pattern" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Earlier relationship")).ToBeVisibleAsync();
        await CheckAsync(page, "Darren's pattern", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Worker safety: Gavin Calder" })).ToBeVisibleAsync();
        await CheckAsync(page, "case with worker-safety alert", violations, checkedPages);
        await OpenAsync(page, $"/People/{gavin}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Worker safety: Gavin Calder" })).ToBeVisibleAsync();
        await CheckAsync(page, "person with worker-safety alert", violations, checkedPages);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal(23, checkedPages.Count);
        await page.Context.CloseAsync();
    }
}
