using System.Globalization;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests;

/// <summary>A worker records a school's concern from start to finish, as she would with a keyboard and mouse.</summary>
public sealed class IntakeJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var serious = (await AxeCheck.RunAsync(page)).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{page.Url}: {v.Id} {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    /// <summary>USWDS draws its own radio buttons and keeps the native input off-screen: choose by the label, as a person does.</summary>
    private static Task ChooseAsync(ILocator within, string label) =>
        within.Locator("label.usa-radio__label", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(label)) }).First.ClickAsync();

    [Fact]
    public async Task RecordAConcern_CannotCompleteWithoutScreening_ThenCompletesOnTheCase()
    {
        var page = await host.SignedInPageAsync("worker");
        var today = DateTime.UtcNow;

        await page.GotoAsync("/Intakes/New");
        await AssertAccessibleAsync(page);
        await ChooseAsync(page.GetByRole(AriaRole.Group, new() { Name = "Where did the concern come from?" }), "School");
        var date = page.GetByRole(AriaRole.Group, new() { Name = "Date received" });
        await date.GetByLabel("Day").FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Month").FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Year").FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("The concern, as it was received").FillAsync("The class teacher saw bruising on the child's arm; the child said his father grabbed him.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Domestic abuse screening" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your answers" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete intake" }).ClickAsync();

        // Screening is required at every intake, whatever the presenting concern.
        await Assertions.Expect(page.GetByText("Record the domestic abuse screening outcome").First).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync(page.Url.Replace("/Check", "/Screening", StringComparison.Ordinal));
        var harm = page.GetByRole(AriaRole.Group, new() { Name = "Has anyone in the household been hurt, threatened or made afraid by a partner or former partner?" });
        await ChooseAsync(harm, "Yes");
        await ChooseAsync(page.GetByRole(AriaRole.Group, new() { Name = "What is the outcome of the screening?" }), "Domestic abuse indicated");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your answers" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete intake" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Case LAN-");
        await Assertions.Expect(page.GetByText("Domestic abuse indicated").First).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
