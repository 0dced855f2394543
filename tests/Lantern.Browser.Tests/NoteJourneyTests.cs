using System.Globalization;
using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests;

/// <summary>A worker writes a home visit note, sees the pivot assistant's findings as she types, takes a rewrite, saves and signs.</summary>
public sealed class NoteJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var serious = (await AxeCheck.RunAsync(page)).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{page.Url}: {v.Id} {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    [Fact]
    public async Task WriteANote_FindingsAppearWhileTyping_RewriteTaken_ThenSigned()
    {
        var caseId = await host.CaseOfAsync("Calder");
        var page = await host.SignedInPageAsync("worker");
        var today = DateTime.UtcNow;

        await page.GotoAsync($"/Cases/{caseId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Write a note" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Write a note on case");
        await page.GetByLabel("Kind of contact").SelectOptionAsync(new SelectOptionValue { Label = "Home visit" });
        await page.GetByLabel("With whom").FillAsync("Morag Calder");
        var date = page.GetByRole(AriaRole.Group, new() { Name = "Date of the contact" });
        await date.GetByLabel("Day").FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Month").FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Year").FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("The note").PressSequentiallyAsync("Home visit. She was pushed against the wall.");

        // htmx posts the form after a pause in typing and puts the findings beside the text.
        await Assertions.Expect(page.Locator("#language-findings")).ToContainTextAsync("Hides the perpetrator");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Use this rewrite") }).First.ClickAsync();

        await Assertions.Expect(page.GetByLabel("The note")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Gavin Calder pushed Morag Calder"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the note" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Home visit on");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign this note" }).ClickAsync();
        await Assertions.Expect(page.GetByText("The note is signed.")).ToBeVisibleAsync();
        await page.GetByLabel("Add an addendum").FillAsync("Ms Calder phoned later to say he had taken her phone.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the addendum" }).ClickAsync();
        await Assertions.Expect(page.GetByText("he had taken her phone")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
