using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Meetings;

/// <summary>
/// A risk conference on the Calder family as the worker types it. Every text carries one run's marker, so that each
/// test finds its own meeting and its own actions among the demonstration meetings and those other tests record.
/// </summary>
internal sealed class MeetingText
{
    public MeetingText() => Run = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public string Run { get; }

    public string Purpose => $"To share what each agency knows of Gavin's pattern since the call-out last week (purpose {Run}).";

    public string CoerciveControl => $"Gavin took Morag's phone again and reads her messages every evening (coercive control {Run}).";

    public string HarmToChild => $"Gavin shouted at Liam for standing between him and his mother (harm to the children {Run}).";

    /// <summary>Her efforts: the police's pack must never carry them.</summary>
    public string ProtectiveEfforts => $"Morag has arranged for her sister to collect the boys from school (protective efforts {Run}).";

    public string ProtectiveMarker => $"protective efforts {Run}";

    public string ChildImpact => $"Rory has been sleeping in his mother's bed again (impact on the children {Run}).";

    public string ChildImpactMarker => $"impact on the children {Run}";

    public string Factors => $"Gavin has been drinking every day since he lost his job (other factors {Run}).";

    public string FactorsMarker => $"other factors {Run}";

    public string Decisions => $"The boys stay at home with their mother; the plan's goals are first about Gavin's behaviour (decisions {Run}).";

    /// <summary>Owned by Northgate Police, so that the officer may record its progress.</summary>
    public string PoliceAction => $"Check Gavin's bail conditions and tell the worker of any breach within a day (police action {Run}).";

    /// <summary>Owned by the case's own agency: the officer reads it but may not record its progress.</summary>
    public string WelfareAction => $"Visit Morag at home with her advocate to go through the plan (welfare action {Run}).";
}

/// <summary>The "Record a meeting" form, filled as a user fills it: by labels, legends and the names of its groups.</summary>
internal static partial class MeetingForm
{
    public const string Police = "Northgate Police";

    public const string Welfare = "Northgate Children's Services";

    /// <summary>The five critical components, in the model's order: his pattern first, as the source of the risk.</summary>
    public static readonly string[] Components =
    [
        "Pattern of coercive control",
        "Actions to harm the children",
        "The survivor's protective efforts",
        "Impact on each child",
        "Substance misuse, mental health, culture and other factors",
    ];

    public static string Day(DateOnly date) => date.Day.ToString(CultureInfo.InvariantCulture);

    public static string Month(DateOnly date) => date.Month.ToString(CultureInfo.InvariantCulture);

    public static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A date as Lantern's pages show it: "3 Mar 2027".</summary>
    public static string Shown(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static ILocator Group(ILocator scope, string name) => scope.GetByRole(AriaRole.Group, new() { Name = name, Exact = true });

    public static ILocator Group(IPage page, string name) => page.GetByRole(AriaRole.Group, new() { Name = name, Exact = true });

    public static async Task FillDateAsync(ILocator date, string day, string month, string year)
    {
        await date.GetByLabel("Day").FillAsync(day);
        await date.GetByLabel("Month").FillAsync(month);
        await date.GetByLabel("Year").FillAsync(year);
    }

    public static Task FillDateAsync(ILocator date, DateOnly value) => FillDateAsync(date, Day(value), Month(value), Year(value));

    /// <summary>Fills the whole form correctly: a risk conference held yesterday, three attendees, minutes under every component, two actions.</summary>
    public static async Task FillAsync(IPage page, MeetingText text)
    {
        await page.GetByLabel("What kind of meeting?").SelectOptionAsync(new SelectOptionValue { Label = "Risk conference" });
        await FillDateAsync(Group(page, "Date of the meeting"), Today.AddDays(-1));
        await page.GetByLabel("Purpose (optional)").FillAsync(text.Purpose);

        await FillAttendeeAsync(page, 1, "Aisha Rahman", "Allocated social worker (chair)", Welfare);
        await FillAttendeeAsync(page, 2, "DC Sean Doyle", "Public Protection Unit", Police);
        await FillAttendeeAsync(page, 3, "Nadia Kowalski", "Domestic abuse advocate", "Harbour Domestic Abuse Service");

        await page.GetByLabel(Components[0], new() { Exact = true }).FillAsync(text.CoerciveControl);
        await page.GetByLabel(Components[1], new() { Exact = true }).FillAsync(text.HarmToChild);
        await page.GetByLabel(Components[2], new() { Exact = true }).FillAsync(text.ProtectiveEfforts);
        await page.GetByLabel(Components[3], new() { Exact = true }).FillAsync(text.ChildImpact);
        await page.GetByLabel(Components[4], new() { Exact = true }).FillAsync(text.Factors);
        await page.GetByLabel("Decisions", new() { Exact = true }).FillAsync(text.Decisions);

        await FillActionAsync(page, 1, text.PoliceAction, "DC Sean Doyle", Police, Today.AddDays(7));
        await FillActionAsync(page, 2, text.WelfareAction, "Aisha Rahman", Welfare, Today.AddDays(14));
    }

    public static async Task FillAttendeeAsync(IPage page, int row, string name, string role, string agency)
    {
        var attendee = Group(page, $"Attendee {row}");
        await attendee.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await attendee.GetByLabel("Role (optional)").FillAsync(role);
        await attendee.GetByLabel("Agency (optional)").SelectOptionAsync(new SelectOptionValue { Label = agency });
    }

    public static async Task FillActionAsync(IPage page, int row, string description, string owner, string agency, DateOnly due)
    {
        var action = Group(page, $"Action {row}");
        await action.GetByLabel("What will be done").FillAsync(description);
        await action.GetByLabel("Who owns it").FillAsync(owner);
        await action.GetByLabel("Owner's agency (optional)").SelectOptionAsync(new SelectOptionValue { Label = agency });
        await FillDateAsync(Group(action, "Due by (optional)"), due);
    }

    /// <summary>Records the meeting on the case through the form and returns the meeting's address (/Meetings/{id}).</summary>
    public static async Task<string> RecordAsync(IPage page, Guid caseId, MeetingText text)
    {
        var response = await page.GotoAsync($"/Cases/{caseId}/Meetings/New");
        Assert.True(response is { Status: 200 }, $"The new-meeting form answered {response?.Status}.");
        await FillAsync(page, text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(MeetingUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Risk conference on case LAN-"));
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>The agenda's items, in order.</summary>
    public static Task<IReadOnlyList<string>> AgendaAsync(IPage page) => page.Locator("main h2:text-is('Agenda') + ol > li").AllInnerTextsAsync();

    /// <summary>The components the agenda takes in turn, in its order.</summary>
    public static async Task<IReadOnlyList<string>> AgendaComponentsAsync(IPage page) =>
        [.. (await AgendaAsync(page)).Select(item => Components.FirstOrDefault(c => item.StartsWith(c + ":", StringComparison.Ordinal))).OfType<string>()];

    /// <summary>A component's part of the meeting (its minutes and its map entries), a region named by its heading.</summary>
    public static ILocator Component(IPage page, string component) => page.GetByRole(AriaRole.Region, new() { Name = component, Exact = true });

    /// <summary>An action's row in a table of actions.</summary>
    public static ILocator ActionRow(IPage page, string description) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = description });

    [GeneratedRegex("/Meetings/[0-9a-f-]{36}$")]
    public static partial Regex MeetingUrl();
}
