using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Sharing;

/// <summary>
/// An administrator drafts and approves an agreement, then suspends the demo agreement: the officer's very next
/// request for the Calder case finds nothing; approving it again gives the case back. Each test leaves the demo
/// agreement in force (its own agreement has a unique title), so the order of tests does not matter.
/// </summary>
public sealed class SharingAdminTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string DemoAgreement = "Northgate family safety information sharing";

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var serious = (await AxeCheck.RunAsync(page)).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{page.Url}: {v.Id} {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    private static ILocator Agreement(IPage page, string title) =>
        page.GetByRole(AriaRole.Region).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Level = 2, NameRegex = new Regex("^" + Regex.Escape(title)) }) });

    /// <summary>USWDS keeps the native checkbox off-screen but focusable: focus it and press Space, as a keyboard user does.</summary>
    private static async Task TickAsync(ILocator checkbox)
    {
        await checkbox.FocusAsync();
        await checkbox.PressAsync("Space");
        await Assertions.Expect(checkbox).ToBeCheckedAsync();
    }

    private static async Task<IPage> AdminAsync(BrowserHost host)
    {
        var page = await host.SignedInPageAsync("admin");
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(); // "Suspend this agreement?"
        return page;
    }

    private static async Task SetDemoAgreementAsync(IPage admin, string button, string status)
    {
        await admin.GotoAsync("/Admin/Agreements");
        var demo = Agreement(admin, DemoAgreement);
        await demo.GetByRole(AriaRole.Button, new() { Name = $"{button} {DemoAgreement}" }).ClickAsync();
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex("/Admin/Agreements$"));
        await Assertions.Expect(Agreement(admin, DemoAgreement).Locator(".usa-tag")).ToHaveTextAsync(status);
    }

    [Fact]
    public async Task Admin_DraftsAnAgreement_SeesItAsDraft_AndApprovesIt()
    {
        var title = $"Riverside school and Harbour pilot {Guid.NewGuid():N}"[..44];
        var today = DateTime.UtcNow;
        var admin = await AdminAsync(host);

        await admin.GotoAsync("/Admin/Agreements");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Draft an agreement" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Draft a sharing agreement");
        await admin.GetByLabel("Title").FillAsync(title);
        await admin.GetByLabel("Purpose").FillAsync("To let the school and the advocate share how the children are doing.");
        await admin.GetByLabel("Legal basis").FillAsync("Children Act 1989 s.17; UK GDPR Art. 6(1)(e).");
        var starts = admin.GetByRole(AriaRole.Group, new() { Name = "Starts" });
        await starts.GetByLabel("Day").FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
        await starts.GetByLabel("Month").FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
        await starts.GetByLabel("Year").FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));

        var school = admin.GetByRole(AriaRole.Group, new() { Name = "Riverside Primary School" });
        await TickAsync(school.GetByRole(AriaRole.Checkbox, new() { Name = "A party to this agreement" }));
        await TickAsync(school.GetByRole(AriaRole.Checkbox, new() { Name = "Map: impact on each child" }));
        var harbour = admin.GetByRole(AriaRole.Group, new() { Name = "Harbour Domestic Abuse Service" });
        await TickAsync(harbour.GetByRole(AriaRole.Checkbox, new() { Name = "A party to this agreement" }));
        await TickAsync(harbour.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Needs the survivor") }));
        await TickAsync(harbour.GetByRole(AriaRole.Checkbox, new() { Name = "Map: her protective efforts" }));
        await TickAsync(harbour.GetByRole(AriaRole.Checkbox, new() { Name = "Map: impact on each child" }));
        await AssertAccessibleAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();

        await Assertions.Expect(admin).ToHaveURLAsync(new Regex("/Admin/Agreements$"));
        var drafted = Agreement(admin, title);
        await Assertions.Expect(drafted).ToHaveCountAsync(1);
        await Assertions.Expect(drafted.Locator(".usa-tag")).ToHaveTextAsync("Draft");
        await Assertions.Expect(drafted.GetByRole(AriaRole.Row).Filter(new() { HasText = "Riverside Primary School" })).ToContainTextAsync("Map: impact on each child");
        await Assertions.Expect(drafted.GetByRole(AriaRole.Row).Filter(new() { HasText = "Harbour Domestic Abuse Service" })).ToContainTextAsync("Needed");
        await Assertions.Expect(drafted.GetByRole(AriaRole.Row).Filter(new() { HasText = "Northgate Police" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(admin);

        await drafted.GetByRole(AriaRole.Button, new() { Name = $"Approve {title}" }).ClickAsync();
        await Assertions.Expect(Agreement(admin, title).Locator(".usa-tag")).ToHaveTextAsync("Approved and in force");
        await Assertions.Expect(Agreement(admin, title).GetByRole(AriaRole.Button, new() { Name = $"Suspend {title}" })).ToBeVisibleAsync();
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_SuspendsTheDemoAgreement_TheOfficerLosesTheCaseAtOnce_AndGetsItBackOnApproval()
    {
        var calder = await host.CaseOfAsync("Calder");
        var admin = await AdminAsync(host);
        var officer = await host.SignedInPageAsync("officer");
        try
        {
            var before = await officer.GotoAsync($"/Cases/{calder}");
            Assert.Equal(200, before!.Status);

            await SetDemoAgreementAsync(admin, "Suspend", "Suspended");

            var during = await officer.GotoAsync($"/Cases/{calder}");
            Assert.Equal(404, during!.Status);
            await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
            await Assertions.Expect(officer.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Calder");
            await officer.GotoAsync($"/Cases/{calder}/Map");
            await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
            await officer.GotoAsync("/Cases?q=Calder");
            await Assertions.Expect(officer.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Morag Calder");

            await SetDemoAgreementAsync(admin, "Approve", "Approved and in force");

            var after = await officer.GotoAsync($"/Cases/{calder}");
            Assert.Equal(200, after!.Status);
            await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Case LAN-");
            await Assertions.Expect(officer.GetByText("Shared with your agency by Northgate Children's Services", new() { Exact = false })).ToBeVisibleAsync();
        }
        finally
        {
            // Leave the demo agreement in force for whatever runs next on this host.
            await admin.GotoAsync("/Admin/Agreements");
            var approve = Agreement(admin, DemoAgreement).GetByRole(AriaRole.Button, new() { Name = $"Approve {DemoAgreement}" });
            if (await approve.CountAsync() > 0)
            {
                await approve.ClickAsync();
                await Assertions.Expect(Agreement(admin, DemoAgreement).Locator(".usa-tag")).ToHaveTextAsync("Approved and in force");
            }

            await officer.Context.CloseAsync();
            await admin.Context.CloseAsync();
        }
    }
}
