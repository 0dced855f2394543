using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;
using static Lantern.Browser.Tests.Meetings.MeetingForm;

namespace Lantern.Browser.Tests.Meetings;

/// <summary>
/// A risk conference on the Calder family, shared with Northgate Police under "Northgate family safety information
/// sharing": the worker records it (putting right her mistakes first), reads its agenda and minutes and previews the
/// police's pack; the officer reads his pack, without her protective efforts, and records the police's action done;
/// the worker then sees it done with his note. The school, which is not given meetings, finds none.
/// </summary>
public sealed class MeetingJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static ILocator H1(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static ILocator MainOf(IPage page) => page.GetByRole(AriaRole.Main);

    /// <summary>The line under the minutes that names the components left out of the police's pack.</summary>
    private static ILocator NotInPack(IPage page) => page.GetByRole(AriaRole.Paragraph).Filter(new() { HasText = $"Not in {Police}’s pack:" });

    [Fact]
    public async Task Worker_RecordsARiskConference_PutsRightHerMistakes_AndPreviewsWhatThePoliceWillSee()
    {
        var text = new MeetingText();
        var page = await host.SignedInPageAsync("worker");

        // From her team's cases, as she would: the Calder case, then its meetings.
        await page.GotoAsync("/Cases");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Morag Calder" }).GetByRole(AriaRole.Link, new() { Name = "LAN-000001", Exact = true }).ClickAsync();
        await Assertions.Expect(H1(page)).ToContainTextAsync("Case LAN-000001");
        await page.GetByRole(AriaRole.Link, new() { Name = "Meetings", Exact = true }).ClickAsync();
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Meetings on case LAN-000001");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a meeting" }).ClickAsync();
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Record a meeting on case LAN-000001");

        // Everything typed, but the 31st of February for the date and no owner for the police's action.
        await FillAsync(page, text);
        var year = Year(Today.AddDays(-1));
        await FillDateAsync(Group(page, "Date of the meeting"), "31", "2", year);
        var policeAction = Group(page, "Action 1");
        await policeAction.GetByLabel("Who owns it").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).ClickAsync();

        var summary = page.Locator(".lantern-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "The date of the meeting must be a real date, for example 27 3 2024.", Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Give each action an owner.", Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: Record a meeting on case LAN-000001"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Meetings/New$"));

        // Each message sits by its field, and the summary's link leads to it.
        var heldOn = Group(page, "Date of the meeting");
        await Assertions.Expect(heldOn).ToContainTextAsync("The date of the meeting must be a real date");
        await Assertions.Expect(heldOn.GetByLabel("Day")).ToHaveAttributeAsync("aria-invalid", "true");
        var owner = Group(page, "Action 1").GetByLabel("Who owns it");
        await Assertions.Expect(Group(page, "Action 1")).ToContainTextAsync("Give each action an owner.");
        await Assertions.Expect(owner).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal("#" + await owner.GetAttributeAsync("id"), await summary.GetByRole(AriaRole.Link, new() { Name = "Give each action an owner." }).GetAttributeAsync("href"));
        Assert.Equal("#" + await heldOn.GetByLabel("Day").GetAttributeAsync("id"),
            await summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^The date of the meeting") }).GetAttributeAsync("href"));

        // What she typed is all still there, the impossible date included, so that she corrects only her mistakes.
        await Assertions.Expect(page.GetByLabel("What kind of meeting?").Locator("option:checked")).ToHaveTextAsync("Risk conference");
        await Assertions.Expect(heldOn.GetByLabel("Day")).ToHaveValueAsync("31");
        await Assertions.Expect(heldOn.GetByLabel("Month")).ToHaveValueAsync("2");
        await Assertions.Expect(heldOn.GetByLabel("Year")).ToHaveValueAsync(year);
        await Assertions.Expect(page.GetByLabel("Purpose (optional)")).ToHaveValueAsync(text.Purpose);
        var officerRow = Group(page, "Attendee 2");
        await Assertions.Expect(officerRow.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("DC Sean Doyle");
        await Assertions.Expect(officerRow.GetByLabel("Agency (optional)").Locator("option:checked")).ToHaveTextAsync(Police);
        await Assertions.Expect(page.GetByLabel(Components[0], new() { Exact = true })).ToHaveValueAsync(text.CoerciveControl);
        await Assertions.Expect(page.GetByLabel(Components[2], new() { Exact = true })).ToHaveValueAsync(text.ProtectiveEfforts);
        await Assertions.Expect(page.GetByLabel("Decisions", new() { Exact = true })).ToHaveValueAsync(text.Decisions);
        await Assertions.Expect(policeAction.GetByLabel("What will be done")).ToHaveValueAsync(text.PoliceAction);
        await Assertions.Expect(policeAction.GetByLabel("Owner's agency (optional)").Locator("option:checked")).ToHaveTextAsync(Police);
        await Assertions.Expect(Group(page, "Action 2").GetByLabel("Who owns it")).ToHaveValueAsync("Aisha Rahman");

        // Put right, it is saved.
        await FillDateAsync(heldOn, Today.AddDays(-1));
        await owner.FillAsync("DC Sean Doyle");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(MeetingUrl());
        var meetingUrl = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Risk conference on case LAN-000001");
        await Assertions.Expect(page.GetByText("Held " + Shown(Today.AddDays(-1)), new() { Exact = false })).ToBeVisibleAsync();

        // The agenda opens with the purpose, then takes the map in the model's order: his pattern first.
        var agenda = await AgendaAsync(page);
        Assert.StartsWith("Introductions and purpose: " + text.Purpose, agenda[0], StringComparison.Ordinal);
        Assert.StartsWith(Components[0] + ":", agenda[1], StringComparison.Ordinal);
        Assert.Equal(Components, await AgendaComponentsAsync(page));

        // The minutes under each component, the attendees with their agencies, the decisions and the actions.
        await Assertions.Expect(Component(page, Components[0])).ToContainTextAsync(text.CoerciveControl);
        await Assertions.Expect(Component(page, Components[1])).ToContainTextAsync(text.HarmToChild);
        await Assertions.Expect(Component(page, Components[2])).ToContainTextAsync(text.ProtectiveEfforts);
        await Assertions.Expect(Component(page, Components[3])).ToContainTextAsync(text.ChildImpact);
        await Assertions.Expect(Component(page, Components[4])).ToContainTextAsync(text.Factors);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "DC Sean Doyle" }).Filter(new() { HasText = "Public Protection Unit" }))
            .ToContainTextAsync(Police);
        await Assertions.Expect(MainOf(page)).ToContainTextAsync(text.Decisions);
        var police = ActionRow(page, text.PoliceAction);
        await Assertions.Expect(police).ToContainTextAsync($"DC Sean Doyle ({Police})");
        await Assertions.Expect(police).ToContainTextAsync(Shown(Today.AddDays(7)));
        await Assertions.Expect(police.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("Open");

        // What the police will see: his pattern and his harm to the boys, not what Morag does to keep them safe.
        await page.GetByRole(AriaRole.Link, new() { Name = $"What {Police} will see" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(meetingUrl) + "\\?agency=[0-9a-f-]{36}$"));
        await Assertions.Expect(H1(page)).ToHaveTextAsync($"What {Police} will see: risk conference on case LAN-000001");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "About this preview" })).ToContainTextAsync($"exactly as {Police}’s users see it");
        await Assertions.Expect(Component(page, Components[0])).ToContainTextAsync(text.CoerciveControl);
        await Assertions.Expect(Component(page, Components[1])).ToContainTextAsync(text.HarmToChild);
        await Assertions.Expect(MainOf(page)).Not.ToContainTextAsync(text.ProtectiveMarker);
        await Assertions.Expect(MainOf(page)).Not.ToContainTextAsync(text.ChildImpactMarker);
        await Assertions.Expect(MainOf(page)).Not.ToContainTextAsync(text.FactorsMarker);
        await Assertions.Expect(Component(page, Components[2])).ToHaveCountAsync(0);
        Assert.Equal(Components[..2], await AgendaComponentsAsync(page));
        await Assertions.Expect(NotInPack(page)).ToContainTextAsync(Components[2]);
        // A preview changes nothing: no way to change the meeting or an action from it.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Record (minutes|progress)") })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the full meeting" }).ClickAsync();
        await Assertions.Expect(Component(page, Components[2])).ToContainTextAsync(text.ProtectiveEfforts);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Officer_FindsTheMeetingFromHisActions_SeesOnlyHisPack_AndRecordsThePolicesActionDone()
    {
        var calder = await host.CaseOfAsync("Calder");
        var text = new MeetingText();
        var note = $"Bail conditions checked with the custody sergeant: no breach since the conference ({text.Run}).";
        var worker = await host.SignedInPageAsync("worker");
        var meetingUrl = await RecordAsync(worker, calder, text);
        await worker.Context.CloseAsync();

        var officer = await host.SignedInPageAsync("officer");
        await officer.GetByRole(AriaRole.Navigation, new() { Name = "Primary navigation" }).GetByRole(AriaRole.Link, new() { Name = "Meeting actions" }).ClickAsync();
        await Assertions.Expect(H1(officer)).ToHaveTextAsync("Open meeting actions");
        var listed = ActionRow(officer, text.PoliceAction);
        await Assertions.Expect(listed).ToHaveCountAsync(1);
        await Assertions.Expect(listed).ToContainTextAsync("LAN-000001");
        await Assertions.Expect(listed).ToContainTextAsync(Police);
        await listed.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Risk conference on ") }).ClickAsync();

        await Assertions.Expect(officer).ToHaveURLAsync(new Regex(Regex.Escape(meetingUrl) + "$"));
        await Assertions.Expect(H1(officer)).ToHaveTextAsync("Risk conference on case LAN-000001");
        await Assertions.Expect(Component(officer, Components[0])).ToContainTextAsync(text.CoerciveControl);
        await Assertions.Expect(Component(officer, Components[1])).ToContainTextAsync(text.HarmToChild);
        await Assertions.Expect(MainOf(officer)).Not.ToContainTextAsync(text.ProtectiveMarker);
        await Assertions.Expect(MainOf(officer)).Not.ToContainTextAsync(text.ChildImpactMarker);
        await Assertions.Expect(MainOf(officer)).Not.ToContainTextAsync(text.FactorsMarker);
        Assert.Equal(Components[..2], await AgendaComponentsAsync(officer));
        await Assertions.Expect(NotInPack(officer)).ToContainTextAsync(Components[2]);
        // He changes nothing on another agency's meeting, previews no one's pack, and records progress only on his agency's action.
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^(Record minutes|Change the meeting)") })).ToHaveCountAsync(0);
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Meeting packs for other agencies" })).ToHaveCountAsync(0);
        await Assertions.Expect(ActionRow(officer, text.WelfareAction)).ToHaveCountAsync(1);
        await Assertions.Expect(ActionRow(officer, text.WelfareAction).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Record progress") })).ToHaveCountAsync(0);

        await ActionRow(officer, text.PoliceAction).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Record progress") }).ClickAsync();
        await Assertions.Expect(H1(officer)).ToHaveTextAsync("Record progress on an action");
        await Assertions.Expect(MainOf(officer)).ToContainTextAsync(text.PoliceAction);
        var done = officer.GetByRole(AriaRole.Radio, new() { Name = "Done", Exact = true });
        await done.FocusAsync();
        await officer.Keyboard.PressAsync("Space");
        await Assertions.Expect(done).ToBeCheckedAsync();
        await officer.GetByLabel("Note (optional)").FillAsync(note);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save progress" }).ClickAsync();

        await Assertions.Expect(officer).ToHaveURLAsync(new Regex(Regex.Escape(meetingUrl) + "$"));
        var mine = ActionRow(officer, text.PoliceAction);
        await Assertions.Expect(mine).ToContainTextAsync("Done on " + Shown(Today));
        await Assertions.Expect(mine).ToContainTextAsync(note);
        await Assertions.Expect(MainOf(officer)).Not.ToContainTextAsync(text.ProtectiveMarker);

        // Done, it leaves the open actions.
        await officer.GotoAsync("/Meetings/Actions");
        await Assertions.Expect(H1(officer)).ToHaveTextAsync("Open meeting actions");
        await Assertions.Expect(ActionRow(officer, text.PoliceAction)).ToHaveCountAsync(0);
        await officer.Context.CloseAsync();

        var back = await host.SignedInPageAsync("worker");
        await back.GotoAsync($"/Cases/{calder}/Meetings");
        await Assertions.Expect(ActionRow(back, text.PoliceAction)).ToHaveCountAsync(0); // no longer among the case's open actions
        await Assertions.Expect(ActionRow(back, text.WelfareAction)).ToHaveCountAsync(1);
        await ActionRow(back, text.WelfareAction).Locator($"a[href='{meetingUrl}']").ClickAsync();
        await Assertions.Expect(back).ToHaveURLAsync(new Regex(Regex.Escape(meetingUrl) + "$"));
        var seen = ActionRow(back, text.PoliceAction);
        await Assertions.Expect(seen.GetByRole(AriaRole.Cell).Nth(3)).ToContainTextAsync("Done on " + Shown(Today));
        await Assertions.Expect(seen).ToContainTextAsync(note);
        await Assertions.Expect(ActionRow(back, text.WelfareAction).GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("Open");
        await back.Context.CloseAsync();
    }

    [Fact]
    public async Task Teacher_WhoseSchoolIsNotGivenMeetings_FindsNoMeetingsOnTheCalderCase()
    {
        var calder = await host.CaseOfAsync("Calder");
        var text = new MeetingText();
        var worker = await host.SignedInPageAsync("worker");
        var meetingUrl = await RecordAsync(worker, calder, text);
        await worker.Context.CloseAsync();

        var teacher = await host.SignedInPageAsync("teacher");
        var caseResponse = await teacher.GotoAsync($"/Cases/{calder}");
        Assert.Equal(200, caseResponse!.Status); // the case itself is shared with the school

        var list = await teacher.GotoAsync($"/Cases/{calder}/Meetings");
        Assert.Equal(404, list!.Status);
        await Assertions.Expect(H1(teacher)).ToHaveTextAsync("Page not found");
        await Assertions.Expect(MainOf(teacher)).Not.ToContainTextAsync("Risk conference");
        await Assertions.Expect(MainOf(teacher)).Not.ToContainTextAsync("LAN-000001");

        var meeting = await teacher.GotoAsync(meetingUrl);
        Assert.Equal(404, meeting!.Status);
        await Assertions.Expect(H1(teacher)).ToHaveTextAsync("Page not found");
        await Assertions.Expect(MainOf(teacher)).Not.ToContainTextAsync(text.Run);

        await teacher.GotoAsync("/Meetings/Actions");
        await Assertions.Expect(H1(teacher)).ToHaveTextAsync("Open meeting actions");
        await Assertions.Expect(MainOf(teacher)).Not.ToContainTextAsync(text.Run);
        await Assertions.Expect(MainOf(teacher)).Not.ToContainTextAsync("LAN-000001");
        await teacher.Context.CloseAsync();
    }
}
