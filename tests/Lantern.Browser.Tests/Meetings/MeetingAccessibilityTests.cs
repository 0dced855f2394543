using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;
using static Lantern.Browser.Tests.Meetings.MeetingForm;

namespace Lantern.Browser.Tests.Meetings;

/// <summary>
/// Every screen of meetings in the states a user meets them (the case's meetings, the new-meeting form empty and with
/// errors, a meeting, another agency's pack previewed, the edit form, the open actions, the progress form), as the
/// worker, and the meeting as the officer's agency receives it, checked with axe: no serious or critical violation.
/// </summary>
public sealed class MeetingAccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
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

    private static ILocator H1(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [Fact]
    public async Task EveryMeetingScreen_HasNoSeriousAccessibilityViolation()
    {
        var calder = await host.CaseOfAsync("Calder");
        var text = new MeetingText();
        var page = await host.SignedInPageAsync("worker");
        var violations = new List<string>();
        var checkedPages = new List<string>();

        await OpenAsync(page, $"/Cases/{calder}/Meetings");
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Meetings on case LAN-000001");
        await CheckAsync(page, "meetings on the case", violations, checkedPages);

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a meeting" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" })).ToBeVisibleAsync();
        await CheckAsync(page, "new meeting, empty", violations, checkedPages);

        // Every kind of mistake at once: no kind, no date, an attendee with no name, an action with no owner and an impossible due date.
        await Group(page, "Attendee 1").GetByLabel("Role (optional)").FillAsync("Independent domestic violence advocate");
        var action = Group(page, "Action 1");
        await action.GetByLabel("What will be done").FillAsync(text.PoliceAction);
        await FillDateAsync(Group(action, "Due by (optional)"), "30", "2", Year(Today));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).ClickAsync();
        var summary = page.Locator(".lantern-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        Assert.True(await summary.GetByRole(AriaRole.Link).CountAsync() >= 4, "The summary should list each mistake.");
        await CheckAsync(page, "new meeting with errors", violations, checkedPages);

        await FillAsync(page, text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(MeetingUrl());
        var meetingUrl = new Uri(page.Url).AbsolutePath;
        await CheckAsync(page, "a meeting, just recorded", violations, checkedPages);

        await page.GetByRole(AriaRole.Link, new() { Name = $"What {Police} will see" }).ClickAsync();
        await Assertions.Expect(H1(page)).ToHaveTextAsync(new Regex($"^What {Police} will see"));
        await CheckAsync(page, "the police's pack, previewed", violations, checkedPages);

        await OpenAsync(page, meetingUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record minutes, decisions and actions" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save changes" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Decisions", new() { Exact = true })).ToHaveValueAsync(text.Decisions);
        await CheckAsync(page, "edit the meeting", violations, checkedPages);

        await page.GetByLabel("What kind of meeting?").SelectOptionAsync(new SelectOptionValue { Label = "Choose" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        await CheckAsync(page, "edit the meeting with errors", violations, checkedPages);

        await OpenAsync(page, "/Meetings/Actions");
        await Assertions.Expect(ActionRow(page, text.PoliceAction)).ToHaveCountAsync(1);
        await CheckAsync(page, "open actions", violations, checkedPages);
        await page.GetByRole(AriaRole.Link, new() { Name = "Show only actions owned by your agency" }).ClickAsync();
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Meeting actions owned by your agency");
        await Assertions.Expect(ActionRow(page, text.WelfareAction)).ToHaveCountAsync(1);
        await CheckAsync(page, "open actions owned by her agency", violations, checkedPages);

        await ActionRow(page, text.WelfareAction).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Record progress") }).ClickAsync();
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Record progress on an action");
        await CheckAsync(page, "record progress", violations, checkedPages);
        await page.Context.CloseAsync();

        var officer = await host.SignedInPageAsync("officer");
        await OpenAsync(officer, meetingUrl);
        await Assertions.Expect(Component(officer, Components[0])).ToContainTextAsync(text.CoerciveControl);
        await CheckAsync(officer, "the meeting as the officer", violations, checkedPages);
        await OpenAsync(officer, "/Meetings/Actions?ours=true");
        await Assertions.Expect(ActionRow(officer, text.PoliceAction)).ToHaveCountAsync(1);
        await CheckAsync(officer, "actions owned by the police, as the officer", violations, checkedPages);
        await officer.Context.CloseAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal(12, checkedPages.Count);
    }
}
