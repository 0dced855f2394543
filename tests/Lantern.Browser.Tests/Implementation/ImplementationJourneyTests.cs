using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Implementation;

/// <summary>
/// The manager records the agency's next self-assessment on the practice continuum: the form starts from the latest
/// one, she moves policy up a level, gives a date in the future by mistake and puts it right, and the history chart
/// and its table then carry the new point.
/// </summary>
public sealed class ImplementationJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Policy = "Policy, from intake to permanency";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static ILocator H1(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static ILocator Group(IPage page, string name) => page.GetByRole(AriaRole.Group, new() { Name = name, Exact = true });

    private static ILocator PolicyMarkers(IPage page) => page.Locator("svg.lantern-continuum-chart g[data-area='Policy'] path[data-level]");

    [Fact]
    public async Task Manager_RecordsASelfAssessment_PutsRightHerMistake_AndSeesTheNewPointOnTheChart()
    {
        var page = await host.SignedInPageAsync("manager");

        await page.GetByRole(AriaRole.Link, new() { Name = "Implementation", Exact = true }).ClickAsync();
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Implementing the model");
        await page.GetByRole(AriaRole.Link, new() { Name = "Practice continuum self-assessment" }).ClickAsync();
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Practice continuum self-assessment");
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Practice continuum self-assessments over time" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var pointsBefore = await PolicyMarkers(page).CountAsync();
        Assert.True(pointsBefore >= 3, "The demonstration agency has assessed itself three times.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a self-assessment" }).ClickAsync();
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Record a self-assessment");

        // The form starts from the latest self-assessment: policy was pre-competent, with its evidence.
        var policy = Group(page, Policy);
        await Assertions.Expect(policy.GetByLabel("Pre-competent")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel($"Evidence for “{Policy}” (optional)")).ToHaveValueAsync(new Regex("intake policy is revised"));

        // USWDS draws its own radio over the input, so she clicks the label, as a user does.
        await policy.Locator("label.usa-radio__label", new() { HasTextString = "Competent" }).Filter(new() { HasNotText = "Pre-" }).ClickAsync();
        await Assertions.Expect(policy.GetByLabel("Competent", new() { Exact = true })).ToBeCheckedAsync();
        var evidence = "The neglect policy now names his behaviour, not her failure to protect, as the concern.";
        await page.GetByLabel($"Evidence for “{Policy}” (optional)").FillAsync(evidence);
        await page.GetByLabel("Notes on this self-assessment (optional)").FillAsync("Agreed at the management team.");
        var date = Group(page, "Date of the self-assessment");
        var tomorrow = Today.AddDays(1);
        await date.GetByLabel("Day").FillAsync(Text(tomorrow.Day));
        await date.GetByLabel("Month").FillAsync(Text(tomorrow.Month));
        await date.GetByLabel("Year").FillAsync(Text(tomorrow.Year));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the self-assessment" }).ClickAsync();

        var summary = page.Locator(".lantern-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "The date of the self-assessment cannot be in the future." })).ToHaveCountAsync(1);
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: Record a self-assessment"));
        await Assertions.Expect(date).ToContainTextAsync("cannot be in the future");
        await Assertions.Expect(date.GetByLabel("Day")).ToHaveAttributeAsync("aria-invalid", "true");

        // What she chose and typed is all still there.
        await Assertions.Expect(Group(page, Policy).GetByLabel("Competent", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel($"Evidence for “{Policy}” (optional)")).ToHaveValueAsync(evidence);
        await Assertions.Expect(page.GetByLabel("Notes on this self-assessment (optional)")).ToHaveValueAsync("Agreed at the management team.");
        await Assertions.Expect(date.GetByLabel("Day")).ToHaveValueAsync(Text(tomorrow.Day));

        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(date.GetByLabel("Day")).ToBeFocusedAsync();
        await date.GetByLabel("Day").FillAsync(Text(Today.Day));
        await date.GetByLabel("Month").FillAsync(Text(Today.Month));
        await date.GetByLabel("Year").FillAsync(Text(Today.Year));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the self-assessment" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Implementation/Continuum$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The self-assessment has been recorded.");
        await Assertions.Expect(PolicyMarkers(page)).ToHaveCountAsync(pointsBefore + 1);
        var newest = PolicyMarkers(page).Last;
        Assert.Equal("Competent", await newest.GetAttributeAsync("data-level"));
        Assert.Equal(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await newest.GetAttributeAsync("data-on"));

        // The same point in the table: the last date's column, and the change since the one before.
        var row = page.Locator("#continuum-table tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = Policy }) });
        await Assertions.Expect(row.Locator("td").Nth(pointsBefore)).ToHaveTextAsync("Competent");
        await Assertions.Expect(row.Locator("td").Last).ToHaveTextAsync("Up one level from Pre-competent");
        await Assertions.Expect(page.GetByText(evidence)).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
