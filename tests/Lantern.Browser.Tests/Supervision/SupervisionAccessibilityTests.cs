using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;
using static Lantern.Browser.Tests.Supervision.SupervisionForm;

namespace Lantern.Browser.Tests.Supervision;

/// <summary>
/// Every supervision screen in the states a user meets them, checked with axe against WCAG 2.0, 2.1 and 2.2 A and AA
/// and best practice: no violation of any impact. As the supervisor: a case's sessions, the new-session form (with an
/// earlier action to follow up, and with the map's gaps), the form with errors, with a row added, a session, the edit
/// form, the edit form with errors, and his own supervision; as the worker: a case's sessions, a session and her own.
/// </summary>
public sealed class SupervisionAccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static async Task CheckAsync(IPage page, string what, List<string> violations, List<string> checkedPages)
    {
        Assert.DoesNotContain("/Account/", page.Url, StringComparison.Ordinal);
        var result = await AxeCheck.RunAsync(page, AxeCheck.Wcag22AA);
        Assert.True(result.RulesPassed > 0);
        violations.AddRange(result.Violations.Select(v =>
            $"{what} ({page.Url}): {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Targets)}"));
        checkedPages.Add(what);
    }

    private static async Task OpenAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is { Status: < 400 }, $"{url} answered {response?.Status}.");
    }

    [Fact]
    public async Task EverySupervisionScreen_HasNoAccessibilityViolation()
    {
        var calder = await host.CaseOfAsync("Calder");
        var burns = await host.CaseOfAsync("Burns");
        var violations = new List<string>();
        var checkedPages = new List<string>();
        var page = await host.SignedInPageAsync("supervisor");

        await OpenAsync(page, $"/Cases/{calder}/Supervision");
        await Assertions.Expect(H1(page)).ToHaveTextAsync("Supervision on case LAN-000001");
        await CheckAsync(page, "a case's sessions", violations, checkedPages);

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a supervision session" }).ClickAsync();
        await Assertions.Expect(EarlierAction(page, "Interview Gavin at the office")).ToHaveCountAsync(1);
        await CheckAsync(page, "new session with an earlier action to follow up", violations, checkedPages);

        await page.GetByLabel("Gaps found (optional)").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the session" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        await CheckAsync(page, "new session with errors", violations, checkedPages);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add another action" }).ClickAsync();
        await Assertions.Expect(Group(page, "Action 2")).ToBeVisibleAsync();
        await CheckAsync(page, "new session with a row added", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{burns}/Supervision/New");
        await Assertions.Expect(page.GetByRole(AriaRole.Complementary).GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();
        await CheckAsync(page, "new session beside the map's gaps", violations, checkedPages);

        await OpenAsync(page, $"/Cases/{calder}/Supervision");
        await page.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(SessionUrl());
        var sessionUrl = new Uri(page.Url).AbsolutePath;
        await CheckAsync(page, "a session", violations, checkedPages);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change the session" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save changes" })).ToBeVisibleAsync();
        await CheckAsync(page, "edit a session", violations, checkedPages);

        foreach (var box in await page.GetByRole(AriaRole.Checkbox).AllAsync())
        {
            await TickAsync(box, ticked: false);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lantern-error-summary")).ToBeVisibleAsync();
        await CheckAsync(page, "edit a session with errors", violations, checkedPages);

        await OpenAsync(page, "/Supervision");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sessions you have held recently" })).ToBeVisibleAsync();
        await CheckAsync(page, "the supervisor's own supervision", violations, checkedPages);
        await page.Context.CloseAsync();

        var worker = await host.SignedInPageAsync("worker");
        await OpenAsync(worker, $"/Cases/{calder}/Supervision");
        await Assertions.Expect(worker.GetByRole(AriaRole.Link, new() { Name = "Record a supervision session" })).ToHaveCountAsync(0);
        await CheckAsync(worker, "a case's sessions, as the worker", violations, checkedPages);
        await OpenAsync(worker, sessionUrl);
        await CheckAsync(worker, "a session, as the worker", violations, checkedPages);
        await OpenAsync(worker, "/Supervision");
        await Assertions.Expect(Row(worker, "Interview Gavin at the office")).ToHaveCountAsync(1);
        await CheckAsync(worker, "the worker's own supervision", violations, checkedPages);
        await worker.Context.CloseAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal(12, checkedPages.Count);
    }
}
