using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Implementation;

/// <summary>
/// Every implementation page in the states a user meets it (lists, empty forms, forms with errors, a practice meeting,
/// the history chart), as the manager, and the overview as a supervisor, checked with axe: no violation at all.
/// </summary>
public sealed class ImplementationAccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static async Task CheckAsync(IPage page, string url, string what, List<string> violations, List<string> checkedPages, string? submit = null)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is { Status: < 400 }, $"{url} answered {response?.Status}.");
        Assert.DoesNotContain("/Account/", page.Url, StringComparison.Ordinal);
        if (submit is not null)
        {
            // Sent as it stands: empty, or prefilled with a date to be corrected.
            await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();
            await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        }

        var result = await AxeCheck.RunAsync(page, AxeCheck.Wcag22AA);
        Assert.True(result.RulesPassed > 0);
        violations.AddRange(result.Violations.Select(v =>
            $"{what} ({page.Url}): {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Targets)}"));
        checkedPages.Add(what);
    }

    [Fact]
    public async Task EveryImplementationPage_HasNoAccessibilityViolation()
    {
        var meeting = await host.WithSystemDbAsync(db => db.PracticeMeetings.OrderByDescending(m => m.HeldOn).Select(m => m.Id).FirstAsync());
        var champion = await host.WithSystemDbAsync(db => db.PracticeChampions.Select(c => c.Id).FirstAsync());
        var page = await host.SignedInPageAsync("manager");
        var violations = new List<string>();
        var checkedPages = new List<string>();

        await CheckAsync(page, "/Implementation", "overview", violations, checkedPages);
        await CheckAsync(page, "/Implementation/Training", "training", violations, checkedPages);
        await CheckAsync(page, "/Implementation/Training?Course=Champions&Period=3m", "training, filtered to nothing", violations, checkedPages);
        await CheckAsync(page, "/Implementation/Training/New", "record training", violations, checkedPages);
        await CheckAsync(page, "/Implementation/Training/New", "record training with errors", violations, checkedPages, "Save attendance");
        await CheckAsync(page, "/Implementation/Champions", "champions", violations, checkedPages);
        await CheckAsync(page, "/Implementation/Champions/New", "add a champion", violations, checkedPages);
        await CheckAsync(page, "/Implementation/Champions/New", "add a champion with errors", violations, checkedPages, "Add the champion");
        await CheckAsync(page, $"/Implementation/Champions/{champion}/End", "a champion steps down", violations, checkedPages);
        await CheckAsync(page, $"/Implementation/Champions/{champion}/End", "a champion steps down, with errors", violations, checkedPages, "Save");
        await CheckAsync(page, "/Implementation/PracticeMeetings", "practice meetings", violations, checkedPages);
        await CheckAsync(page, $"/Implementation/PracticeMeetings/{meeting}", "a practice meeting", violations, checkedPages);
        await CheckAsync(page, "/Implementation/PracticeMeetings/New", "record a practice meeting", violations, checkedPages);
        await CheckAsync(page, "/Implementation/PracticeMeetings/New", "record a practice meeting with errors", violations, checkedPages, "Save the meeting");
        await CheckAsync(page, $"/Implementation/PracticeMeetings/{meeting}/Edit", "change a practice meeting", violations, checkedPages);
        await CheckAsync(page, "/Implementation/Presentations", "presentations", violations, checkedPages);
        await CheckAsync(page, "/Implementation/Presentations/New", "record a presentation", violations, checkedPages);
        await CheckAsync(page, "/Implementation/Presentations/New", "record a presentation with errors", violations, checkedPages, "Save the presentation");
        await CheckAsync(page, "/Implementation/Continuum", "continuum history", violations, checkedPages);
        await CheckAsync(page, "/Implementation/Continuum/New", "record a self-assessment", violations, checkedPages);

        // The form comes prefilled; a date in the future gives it an error to show.
        await page.GotoAsync("/Implementation/Continuum/New");
        await page.GetByRole(AriaRole.Group, new() { Name = "Date of the self-assessment" }).GetByLabel("Year").FillAsync(
            (DateTime.UtcNow.Year + 1).ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the self-assessment" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        var result = await AxeCheck.RunAsync(page, AxeCheck.Wcag22AA);
        violations.AddRange(result.Violations.Select(v => $"self-assessment with errors: {v.Id} ({v.Impact}) {v.Help}"));
        checkedPages.Add("record a self-assessment with errors");
        await page.Context.CloseAsync();

        var supervisor = await host.SignedInPageAsync("supervisor");
        await CheckAsync(supervisor, "/Implementation", "overview as the supervisor", violations, checkedPages);
        await CheckAsync(supervisor, $"/Implementation/PracticeMeetings/{meeting}", "a practice meeting as the supervisor", violations, checkedPages);
        await supervisor.Context.CloseAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal(23, checkedPages.Count);
    }
}
