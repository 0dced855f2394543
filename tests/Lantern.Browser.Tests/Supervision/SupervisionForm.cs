using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests.Supervision;

/// <summary>
/// The supervision form, filled as a supervisor fills it: by labels, legends and the names of its groups. Every text
/// carries one run's marker, so that each test finds its own sessions and actions among the demonstration ones.
/// </summary>
internal sealed partial class SupervisionForm
{
    public SupervisionForm() => Run = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public string Run { get; }

    public string Gaps => $"Nothing yet on what he does when the children try to protect their mother (gaps {Run}).";

    public string Notes => $"Rewrote the summary together with his behaviour named as his choices (coaching {Run}).";

    public string FirstAction => $"Rewrite the assessment summary with him as the actor (action {Run}).";

    public string SecondAction => $"Ask her what helps her keep the children safe at handovers (second action {Run}).";

    public string FollowUpNote => $"Rewritten before the conference: he is the actor throughout (follow-up {Run}).";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Shown(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static ILocator H1(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public static ILocator Group(IPage page, string name) => page.GetByRole(AriaRole.Group, new() { Name = name, Exact = true });

    public static ILocator Group(ILocator scope, string name) => scope.GetByRole(AriaRole.Group, new() { Name = name, Exact = true });

    /// <summary>The follow-up of an earlier action: the group that shows its description.</summary>
    public static ILocator EarlierAction(IPage page, string description) =>
        page.GetByRole(AriaRole.Group, new() { NameRegex = EarlierActionName() }).Filter(new() { HasText = description });

    public static ILocator Row(IPage page, string text) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    /// <summary>
    /// Ticks a checkbox or chooses a radio button as a keyboard user does: USWDS keeps the native input off-screen but
    /// focusable, so focus it and press Space.
    /// </summary>
    public static async Task TickAsync(ILocator input, bool ticked = true)
    {
        if (await input.IsCheckedAsync() != ticked)
        {
            await input.PressAsync("Space");
        }
    }

    public static async Task FillDateAsync(ILocator date, DateOnly value)
    {
        await date.GetByLabel("Day").FillAsync(value.Day.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Month").FillAsync(value.Month.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Year").FillAsync(value.Year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The session's own fields (not its actions): held yesterday, his pattern and the children discussed, coaching on documentation.</summary>
    public async Task FillSessionAsync(IPage page)
    {
        await FillDateAsync(Group(page, "Date of the session"), Today.AddDays(-1));
        await page.GetByLabel("Worker supervised").SelectOptionAsync(new SelectOptionValue { Label = "Aisha Rahman" });
        await TickAsync(page.GetByRole(AriaRole.Checkbox, new() { Name = "Pattern of coercive control" }));
        await TickAsync(page.GetByRole(AriaRole.Checkbox, new() { Name = "Impact on each child" }));
        await page.GetByLabel("Gaps found (optional)").FillAsync(Gaps);
        await TickAsync(page.GetByRole(AriaRole.Checkbox, new() { NameRegex = DocumentationName() }));
        await page.GetByLabel("Coaching notes (optional)").FillAsync(Notes);
    }

    public static async Task FillActionAsync(IPage page, int row, string description, DateOnly? due)
    {
        var action = Group(page, $"Action {row}");
        await action.GetByLabel("What will be done").FillAsync(description);
        if (due is { } date)
        {
            await FillDateAsync(Group(action, "Due by (optional)"), date);
        }
    }

    [GeneratedRegex("^Earlier action \\d+$")]
    private static partial Regex EarlierActionName();

    [GeneratedRegex("^Documentation")]
    private static partial Regex DocumentationName();

    [GeneratedRegex("/Supervision/[0-9a-f-]{36}$")]
    public static partial Regex SessionUrl();
}
