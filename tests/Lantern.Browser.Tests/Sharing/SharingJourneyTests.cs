using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Sharing;

/// <summary>
/// The Calder case, shared with Northgate Police under "Northgate family safety information sharing": the officer
/// finds it among his cases, reads Gavin's pattern on the map (and nothing the agreement does not give him), adds a
/// threat from a police report; Morag's worker then sees it on her map, marked as the police's.
/// </summary>
public sealed partial class SharingJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Effort = "Morag saves small amounts";
    private const string Impact = "Rory arrives unkempt";

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var serious = (await AxeCheck.RunAsync(page)).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{page.Url}: {v.Id} {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    /// <summary>From the case list, as he would: the case whose family includes Morag Calder, then its map.</summary>
    private static async Task OpenCalderMapAsync(IPage page)
    {
        await page.GotoAsync("/Cases");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Morag Calder" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Link, new() { NameRegex = ReferencePattern() }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Case LAN-");
        await page.GetByRole(AriaRole.Link, new() { Name = "Map", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Map of case LAN-");
    }

    [Fact]
    public async Task Officer_AddsAThreatToTheSharedMap_AndTheWorkerSeesItAsThePolices()
    {
        var when = DateTime.UtcNow.AddDays(-2);
        var threat = $"Gavin told Morag on the phone he would take the boys if she spoke to anyone ({Guid.NewGuid():N}).";
        var officer = await host.SignedInPageAsync("officer");

        await OpenCalderMapAsync(officer);
        var main = officer.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync("Gavin");
        await Assertions.Expect(main).Not.ToContainTextAsync(Effort);
        await Assertions.Expect(main).Not.ToContainTextAsync(Impact);
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { Name = "Add a protective effort" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(officer);

        await officer.GetByRole(AriaRole.Link, new() { Name = "Add a behaviour" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("to the map of case");
        await officer.GetByRole(AriaRole.Radio, new() { NameRegex = ThreatsPattern() }).FocusAsync();
        await officer.Keyboard.PressAsync("Space");
        await officer.GetByLabel("What happened").FillAsync(threat);
        await officer.GetByRole(AriaRole.Radio, new() { Name = "On a known date or period" }).FocusAsync();
        await officer.Keyboard.PressAsync("Space");
        var date = officer.GetByRole(AriaRole.Group, new() { Name = "Date, or the start of the period" });
        await date.GetByLabel("Day").FillAsync(when.Day.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Month").FillAsync(when.Month.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Year").FillAsync(when.Year.ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("Where this information came from").SelectOptionAsync(new SelectOptionValue { Label = "Police report" });
        await Assertions.Expect(officer.GetByRole(AriaRole.Radio, new() { NameRegex = ThreatsPattern() })).ToBeCheckedAsync();
        await AssertAccessibleAsync(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Add to the map" }).ClickAsync();

        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Map of case LAN-");
        var mine = officer.Locator("li.lantern-entry").Filter(new() { HasText = threat });
        await Assertions.Expect(mine).ToHaveCountAsync(1);
        await Assertions.Expect(mine).ToContainTextAsync("Threats");
        await Assertions.Expect(mine).ToContainTextAsync("Police report");
        await Assertions.Expect(officer.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(Effort);
        await officer.Context.CloseAsync();

        var worker = await host.SignedInPageAsync("worker");
        await OpenCalderMapAsync(worker);
        var theirs = worker.Locator("li.lantern-entry").Filter(new() { HasText = threat });
        await Assertions.Expect(theirs).ToHaveCountAsync(1);
        await Assertions.Expect(theirs).ToContainTextAsync("Threats");
        await Assertions.Expect(theirs).ToContainTextAsync("Northgate Police");
        await Assertions.Expect(worker.GetByRole(AriaRole.Main)).ToContainTextAsync(Effort); // her own map is whole
        await worker.Context.CloseAsync();
    }

    [Fact]
    public async Task Officer_OnTheSharedCase_IsToldWhoSharedIt_AndMayNotChangeTheCase()
    {
        var officer = await host.SignedInPageAsync("officer");
        await OpenCalderMapAsync(officer);
        await officer.GetByRole(AriaRole.Link, new() { NameRegex = ReferencePattern() }).First.ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Case LAN-");

        await Assertions.Expect(officer.GetByText("Shared with your agency by Northgate Children's Services", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { Name = "Edit case details" })).ToHaveCountAsync(0);
        await Assertions.Expect(officer.GetByRole(AriaRole.Button, new() { Name = "Edit case details" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(officer);
        await officer.Context.CloseAsync();
    }

    [GeneratedRegex("^LAN-\\d+$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("^Threats(?! to)")]
    private static partial Regex ThreatsPattern();
}
