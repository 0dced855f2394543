using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;
using static Lantern.Browser.Tests.Supervision.SupervisionForm;

namespace Lantern.Browser.Tests.Supervision;

/// <summary>
/// Tom Whitfield supervises Aisha Rahman on the Burns family, whose map is half done: he starts from the map's gaps,
/// puts right his mistakes, adds an action row without script, and saves; at the next session he follows up the first
/// action as done, and the earlier session shows it done at the later one.
/// </summary>
public sealed class SupervisionJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Supervisor_RecordsASession_PutsRightHisMistakes_ThenFollowsUpItsActionAtTheNext()
    {
        var form = new SupervisionForm();
        var burns = await host.CaseOfAsync("Burns");
        var page = await host.SignedInPageAsync("supervisor");

        // From the case, as he would: its supervision, then a new session.
        await page.GotoAsync($"/Cases/{burns}");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Supervision", Exact = true }).ClickAsync();
        await Assertions.Expect(H1(page)).ToHaveTextAsync(new Regex("^Supervision on case LAN-\\d+$"));
        await Assertions.Expect(page.GetByText("No supervision sessions have been recorded on this case.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a supervision session" }).ClickAsync();
        await Assertions.Expect(H1(page)).ToHaveTextAsync(new Regex("^Record a supervision session on case LAN-\\d+$"));

        // The map's gaps are beside the form, and start the "gaps found" box; the allocated worker is chosen.
        var gaps = page.GetByRole(AriaRole.Complementary).Filter(new() { HasText = "The map’s gaps now" });
        var firstGap = (await gaps.GetByRole(AriaRole.Listitem).First.InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(firstGap));
        Assert.Contains(firstGap, await page.GetByLabel("Gaps found (optional)").InputValueAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByLabel("Worker supervised").Locator("option:checked")).ToHaveTextAsync("Tom Whitfield");

        // Everything typed but the components and coaching, and a due date with no action to go with it.
        await FillDateAsync(Group(page, "Date of the session"), Today.AddDays(-1));
        await page.GetByLabel("Worker supervised").SelectOptionAsync(new SelectOptionValue { Label = "Aisha Rahman" });
        await page.GetByLabel("Gaps found (optional)").FillAsync(form.Gaps);
        await page.GetByLabel("Coaching notes (optional)").FillAsync(form.Notes);
        await FillDateAsync(Group(Group(page, "Action 1"), "Due by (optional)"), Today.AddDays(7));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the session" }).ClickAsync();

        var summary = page.Locator(".lantern-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: Record a supervision session"));
        var components = summary.GetByRole(AriaRole.Link, new() { Name = "Choose at least one component discussed or one area of coaching.", Exact = true });
        var describe = summary.GetByRole(AriaRole.Link, new() { Name = "Describe the action.", Exact = true });
        await Assertions.Expect(components).ToHaveCountAsync(1);
        await Assertions.Expect(describe).ToHaveCountAsync(1);
        var description = Group(page, "Action 1").GetByLabel("What will be done");
        await Assertions.Expect(description).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal("#" + await description.GetAttributeAsync("id"), await describe.GetAttributeAsync("href"));
        await Assertions.Expect(Group(page, "Components discussed")).ToContainTextAsync("Choose at least one component discussed");

        // What he typed is still there.
        await Assertions.Expect(page.GetByLabel("Gaps found (optional)")).ToHaveValueAsync(form.Gaps);
        await Assertions.Expect(page.GetByLabel("Coaching notes (optional)")).ToHaveValueAsync(form.Notes);
        await Assertions.Expect(page.GetByLabel("Worker supervised").Locator("option:checked")).ToHaveTextAsync("Aisha Rahman");
        await Assertions.Expect(Group(Group(page, "Action 1"), "Due by (optional)").GetByLabel("Day")).ToHaveValueAsync(Today.AddDays(7).Day.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Put right, with a third action row added without script.
        await TickAsync(page.GetByRole(AriaRole.Checkbox, new() { Name = "Pattern of coercive control" }));
        await TickAsync(page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Documentation") }));
        await description.FillAsync(form.FirstAction);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add another action" }).ClickAsync();
        await Assertions.Expect(Group(page, "Action 3")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToHaveCountAsync(0);
        await Assertions.Expect(Group(page, "Action 1").GetByLabel("What will be done")).ToHaveValueAsync(form.FirstAction);
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Pattern of coercive control" })).ToBeCheckedAsync();
        await FillActionAsync(page, 3, form.SecondAction, Today.AddDays(14));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the session" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(SessionUrl());
        var firstUrl = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(H1(page)).ToHaveTextAsync(new Regex($"^Supervision on case LAN-\\d+, {Regex.Escape(Shown(Today.AddDays(-1)))}$"));
        await Assertions.Expect(page.GetByText("The supervision session has been recorded.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Tom Whitfield supervised Aisha Rahman.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(form.Gaps);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Pattern of coercive control");
        await Assertions.Expect(Row(page, form.FirstAction)).ToContainTextAsync("Still open");
        await Assertions.Expect(Row(page, form.FirstAction)).ToContainTextAsync(Shown(Today.AddDays(7)));
        await Assertions.Expect(Row(page, form.SecondAction)).ToContainTextAsync(Shown(Today.AddDays(14)));

        // The next session follows the first action up as done.
        await page.GetByRole(AriaRole.Link, new() { Name = "All supervision on this case" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a supervision session" }).ClickAsync();
        var earlier = EarlierAction(page, form.FirstAction);
        await Assertions.Expect(earlier).ToHaveCountAsync(1);
        await Assertions.Expect(earlier.GetByRole(AriaRole.Radio, new() { Name = "Still open" })).ToBeCheckedAsync();
        await TickAsync(earlier.GetByRole(AriaRole.Radio, new() { Name = "Done", Exact = true }));
        await earlier.GetByLabel("Follow-up note (optional)").FillAsync(form.FollowUpNote);
        await form.FillSessionAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the session" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(SessionUrl());
        Assert.NotEqual(firstUrl, new Uri(page.Url).AbsolutePath);
        var followedUp = Row(page, form.FirstAction);
        await Assertions.Expect(followedUp).ToContainTextAsync("Done");
        await Assertions.Expect(followedUp).ToContainTextAsync(form.FollowUpNote);

        // The first session shows it done at the second; the other action is still open on the case.
        await page.GotoAsync(firstUrl);
        await Assertions.Expect(Row(page, form.FirstAction)).ToContainTextAsync($"Done at the session on {Shown(Today.AddDays(-1))}");
        await Assertions.Expect(Row(page, form.SecondAction)).ToContainTextAsync("Still open");
        await page.GetByRole(AriaRole.Link, new() { Name = "All supervision on this case" }).ClickAsync();
        await Assertions.Expect(Row(page, form.SecondAction)).ToHaveCountAsync(1);
        await Assertions.Expect(Row(page, form.FirstAction)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
