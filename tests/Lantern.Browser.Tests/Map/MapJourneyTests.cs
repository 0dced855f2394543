using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Map;

/// <summary>
/// A worker fills a gap on a half-mapped case: she finds the Burns family on her caseload, reads what the map says
/// is missing, adds Kayleigh's protective effort with the keyboard, and follows Darren's pattern into his earlier relationship.
/// </summary>
public sealed partial class MapJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string EffortsGapRule = "component-empty";

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var serious = (await AxeCheck.RunAsync(page)).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{page.Url}: {v.Id} {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    /// <summary>From her team's cases, as she would: the case whose family includes Kayleigh Burns, then its map.</summary>
    private static async Task OpenBurnsMapAsync(IPage page)
    {
        await page.GotoAsync("/Cases");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Kayleigh Burns" });
        await row.GetByRole(AriaRole.Link, new() { NameRegex = ReferencePattern() }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Case LAN-");
        await page.GetByRole(AriaRole.Link, new() { Name = "Map", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Map of case LAN-");
    }

    private static ILocator EffortsGap(IPage page) =>
        page.Locator($"section[aria-labelledby=gaps-heading] li[data-rule={EffortsGapRule}]").Filter(new() { HasText = "the survivor's efforts" });

    private static ILocator EffortsColumn(IPage page) =>
        page.GetByRole(AriaRole.Region, new() { Name = "The survivor's protective efforts" });

    [Fact]
    public async Task AddAProtectiveEffort_WithTheKeyboard_FillsTheGapAndShowsInHerColumn()
    {
        var page = await host.SignedInPageAsync("worker");
        var when = DateTime.UtcNow.AddDays(-3);
        const string effort = "Kayleigh took Tyler and Ava to her sister's on the nights Darren had been drinking.";

        await OpenBurnsMapAsync(page);
        await Assertions.Expect(EffortsGap(page)).ToHaveCountAsync(1);
        await Assertions.Expect(EffortsColumn(page)).ToContainTextAsync("Nothing recorded yet.");

        await EffortsColumn(page).GetByRole(AriaRole.Link, new() { Name = "Add a protective effort" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Add a protective effort to the map of case");

        // USWDS keeps the native radio off-screen but focusable: focus it and press Space, as a keyboard user does.
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Safety") }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByLabel("What happened").FocusAsync();
        await page.Keyboard.TypeAsync(effort);
        await page.GetByLabel("Whose protective effort is this?").SelectOptionAsync(new SelectOptionValue { Label = "Kayleigh Burns" });
        await page.GetByRole(AriaRole.Radio, new() { Name = "On a known date or period" }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        var date = page.GetByRole(AriaRole.Group, new() { Name = "Date, or the start of the period" });
        await date.GetByLabel("Day").FocusAsync();
        await page.Keyboard.TypeAsync(when.Day.ToString(CultureInfo.InvariantCulture));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(when.Month.ToString(CultureInfo.InvariantCulture));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(when.Year.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(date.GetByLabel("Year")).ToHaveValueAsync(when.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Where this information came from").SelectOptionAsync(new SelectOptionValue { Label = "Interview with the survivor" });
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Tyler Burns" }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Tyler Burns" })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Safety") })).ToBeCheckedAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the map" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Map of case LAN-");
        await Assertions.Expect(EffortsGap(page)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("li[data-rule]").First).ToBeVisibleAsync(); // other gaps remain: the list itself still shows
        var entry = EffortsColumn(page).Locator("li.lantern-entry").Filter(new() { HasText = effort });
        await Assertions.Expect(entry).ToHaveCountAsync(1);
        await Assertions.Expect(entry).ToContainTextAsync("Safety");
        await Assertions.Expect(entry).ToContainTextAsync("Interview with the survivor");
        await Assertions.Expect(entry).ToContainTextAsync("Tyler Burns");
        await Assertions.Expect(EffortsColumn(page)).Not.ToContainTextAsync("Nothing recorded yet.");
        await AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SubmitTheEffortForm_EmptyThenPartly_ShowsErrorsAndKeepsWhatWasTyped()
    {
        var page = await host.SignedInPageAsync("worker");
        const string effort = "Kayleigh asked the health visitor about a refuge space.";

        await OpenBurnsMapAsync(page);
        await EffortsColumn(page).GetByRole(AriaRole.Link, new() { Name = "Add a protective effort" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the map" }).ClickAsync();

        var summary = page.Locator(".lantern-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        Assert.True(await summary.GetByRole(AriaRole.Link).CountAsync() >= 3, "The summary should list each missing answer.");
        await Assertions.Expect(summary).ToContainTextAsync("Choose a category.");
        await Assertions.Expect(summary).ToContainTextAsync("Describe what happened");
        await Assertions.Expect(summary).ToContainTextAsync("Choose where this information came from.");
        await Assertions.Expect(page.Locator(".usa-form-group--error").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("What happened")).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertAccessibleAsync(page);

        // Type the description only: the errors on the other fields must not lose it.
        await page.GetByLabel("What happened").FillAsync(effort);
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Safety") }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the map" }).ClickAsync();

        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("What happened")).ToHaveValueAsync(effort);
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Safety") })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).Not.ToContainTextAsync("Describe what happened");
        await Assertions.Expect(page.Locator(".lantern-error-summary")).Not.ToContainTextAsync("Choose a category.");
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToContainTextAsync("Choose where this information came from.");

        // Nothing was saved by the failed attempts (the other test in this class may have filled the gap meanwhile).
        await OpenBurnsMapAsync(page);
        await Assertions.Expect(EffortsColumn(page)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(effort)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FollowHisPattern_FromTheBurnsMap_ShowsTheEarlierRelationshipWithItsBehaviours()
    {
        var page = await host.SignedInPageAsync("worker");

        await OpenBurnsMapAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "see his whole pattern" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/People/[0-9a-f-]{36}/Pattern$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Darren Whitlock: pattern of behaviour");
        var earlier = page.GetByRole(AriaRole.Region).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("with Jade Moss") }) });
        await Assertions.Expect(earlier).ToHaveCountAsync(1);
        await Assertions.Expect(earlier.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("Earlier relationship");
        await Assertions.Expect(earlier).ToContainTextAsync("Strangulation");
        await Assertions.Expect(earlier).ToContainTextAsync("held her by the throat");

        // The current relationship is there too, and is not marked as earlier.
        var current = page.GetByRole(AriaRole.Region).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("with Kayleigh Burns") }) });
        await Assertions.Expect(current).ToHaveCountAsync(1);
        await Assertions.Expect(current.GetByRole(AriaRole.Heading, new() { Level = 2 })).Not.ToContainTextAsync("Earlier relationship");
        await AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("^LAN-\\d+$")]
    private static partial Regex ReferencePattern();
}
