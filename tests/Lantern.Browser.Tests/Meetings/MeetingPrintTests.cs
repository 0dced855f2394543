using System.Text;
using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;
using static Lantern.Browser.Tests.Meetings.MeetingForm;

namespace Lantern.Browser.Tests.Meetings;

/// <summary>
/// A risk conference printed as the record of the meeting: its agenda, attendees, minutes, decisions and actions,
/// without the app's navigation, its buttons or the links that only make sense on screen.
/// </summary>
public sealed partial class MeetingPrintTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    /// <summary>Words on the screen around the meeting that a printed record must not carry.</summary>
    private static readonly string[] ScreenOnly =
    [
        "My caseload",
        "Meeting actions",
        "Record minutes, decisions and actions",
        "Meeting packs for other agencies",
        $"What {Police} will see",
        "All meetings on this case",
    ];

    private static string ArtifactsDirectory => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    /// <summary>Page objects in the PDF: "/Type /Page" but not the "/Type /Pages" tree nodes.</summary>
    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [Fact]
    public async Task PrintTheMeeting_GivesTheRecordWithoutNavigationOrButtons()
    {
        var calder = await host.CaseOfAsync("Calder");
        var text = new MeetingText();
        var page = await host.SignedInPageAsync("worker");
        var meetingUrl = await RecordAsync(page, calder, text);
        await page.GotoAsync(meetingUrl); // as she opens it to print: without the "recorded" message

        // On screen, the app around the meeting and what she may do with it.
        foreach (var screenOnly in ScreenOnly)
        {
            await Assertions.Expect(page.GetByText(screenOnly, new() { Exact = true })).ToBeVisibleAsync();
        }

        var progress = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Record progress") });
        await Assertions.Expect(progress).ToHaveCountAsync(2); // one for each of her two actions
        await Assertions.Expect(page.Locator(".usa-button:visible, button:visible")).Not.ToHaveCountAsync(0);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(ArtifactsDirectory, "calder-risk-conference.pdf"), pdf);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsDirectory, "calder-risk-conference-print.png"), FullPage = true });
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.True(PageCount(pdf) >= 1, "The meeting printed no page.");

        // Printed: the record of the meeting.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Risk conference on case LAN-000001");
        await Assertions.Expect(page.GetByText("Held " + Shown(Today.AddDays(-1)), new() { Exact = false })).ToBeVisibleAsync();
        foreach (var heading in new[] { "Agenda", "Attendees", "Decisions", "Actions" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByText(text.Purpose).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "DC Sean Doyle", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(text.CoerciveControl)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(text.ProtectiveEfforts)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(text.Decisions)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = text.PoliceAction, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Safety plans and the survivor’s location are never in a meeting pack.")).ToBeVisibleAsync();

        // Not printed: the app's navigation, its buttons, and the screen-only links.
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Primary navigation" })).ToBeHiddenAsync();
        foreach (var screenOnly in ScreenOnly)
        {
            await Assertions.Expect(page.GetByText(screenOnly, new() { Exact = true })).ToBeHiddenAsync();
        }

        await Assertions.Expect(progress).ToHaveCountAsync(0); // roles are read from what is shown: none is left
        await Assertions.Expect(page.Locator("main a").Filter(new() { HasTextRegex = new Regex("^Record progress") }).First).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".usa-button:visible, button:visible")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".no-print:visible")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
