using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Plans;

/// <summary>
/// Morag Calder's safety plan in the browser: her worker reads it, and may add it to a print of the plan for a
/// meeting with Morag; the manager, who can see the Calder case, never sees that it exists.
/// </summary>
public sealed class SafetyPlanConfidentialityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    /// <summary>Her code word with her sister: the kind of detail that must never reach him.</summary>
    private const string CodeWord = "any milk?";

    private static ILocator IncludeSafetyPlans(IPage page) => page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Include the safety plans you may see") });

    [Fact]
    public async Task Worker_ReadsMoragsSafetyPlan_AndPrintsItOnlyWhenSheAsks()
    {
        var calder = await host.CaseOfAsync("Calder");
        var page = await host.SignedInPageAsync("worker");

        await page.GotoAsync($"/Cases/{calder}/SafetyPlans");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Safety plans for case LAN-");
        await page.GetByRole(AriaRole.Link, new() { Name = "Safety plan for Morag Calder" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/SafetyPlans/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Safety plan for Morag Calder");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(CodeWord);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("charged phone hidden in the kitchen");

        // The print for a family meeting leaves the safety plan out unless she ticks the box.
        await page.GotoAsync($"/Cases/{calder}/Plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Print for a family meeting" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Plan for case LAN-"));
        await Assertions.Expect(page.GetByText("Gavin will stop controlling the household money", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(CodeWord);
        await Assertions.Expect(page.GetByText("Confidential: safety plan for Morag Calder")).ToHaveCountAsync(0);

        await Assertions.Expect(IncludeSafetyPlans(page)).Not.ToBeCheckedAsync();
        await IncludeSafetyPlans(page).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Assertions.Expect(IncludeSafetyPlans(page)).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confidential: safety plan for Morag Calder" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(CodeWord);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Manager_WhoCanSeeTheCase_SeesNoSafetyPlanAnywhere()
    {
        var calder = await host.CaseOfAsync("Calder");
        var worker = await host.SignedInPageAsync("worker");
        await worker.GotoAsync($"/Cases/{calder}/SafetyPlans");
        var href = await worker.GetByRole(AriaRole.Link, new() { Name = "Safety plan for Morag Calder" }).GetAttributeAsync("href");
        Assert.Matches("^/SafetyPlans/[0-9a-f-]{36}$", href);
        await worker.Context.CloseAsync();

        var page = await host.SignedInPageAsync("manager");
        var caseResponse = await page.GotoAsync($"/Cases/{calder}");
        Assert.Equal(200, caseResponse!.Status); // the case itself is open to her
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Case LAN-");

        await page.GotoAsync($"/Cases/{calder}/SafetyPlans");
        await Assertions.Expect(page.GetByText("There are no safety plans here that you can see.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Safety plan for") })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Morag Calder");

        var response = await page.GotoAsync(href!);
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(CodeWord);

        await page.GotoAsync($"/Cases/{calder}/Plan/Print");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Plan for case LAN-"));
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Each person") })).ToHaveCountAsync(1);
        await Assertions.Expect(IncludeSafetyPlans(page)).ToHaveCountAsync(0);

        // Asking for the safety plans in the address changes nothing for her.
        await page.GotoAsync($"/Cases/{calder}/Plan/Print?safetyPlans=true");
        await Assertions.Expect(page.GetByText("Gavin will stop controlling the household money", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(CodeWord);
        await Assertions.Expect(page.GetByText("Confidential: safety plan for")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
