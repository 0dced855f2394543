using System.Text;
using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Plans;

/// <summary>The Calder plan printed for a family meeting: goals only, and each person's goals on their own page when asked.</summary>
public sealed partial class PlanPrintTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    /// <summary>Gavin, Morag, Rory, Liam and Ewan each have goals in the demonstration plan.</summary>
    private const int PeopleWithGoals = 5;

    private static string ArtifactsDirectory => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    /// <summary>Page objects in the PDF: "/Type /Page" but not the "/Type /Pages" tree nodes.</summary>
    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    private async Task<IPage> CalderPrintAsync(bool perPerson)
    {
        var caseId = await host.CaseOfAsync("Calder");
        var page = await host.SignedInPageAsync("worker");
        await page.GotoAsync($"/Cases/{caseId}/Plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Print for a family meeting" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Plan for case LAN-"));
        if (perPerson)
        {
            var option = page.GetByRole(AriaRole.Checkbox, new() { Name = "Each person’s goals on their own page" });
            await option.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("perPerson=true"));
            await Assertions.Expect(option).ToBeCheckedAsync();
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        return page;
    }

    private static async Task<int> PrintedPagesAsync(IPage page, string name)
    {
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(ArtifactsDirectory, name), pdf);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        return PageCount(pdf);
    }

    [Fact]
    public async Task PrintEachPersonOnTheirOwnPage_GivesEveryoneAPage_AndTogetherTakesFewer()
    {
        var separate = await CalderPrintAsync(perPerson: true);
        await Assertions.Expect(separate.Locator(".lantern-plan-print__person--own-page")).ToHaveCountAsync(PeopleWithGoals);
        var separatePages = await PrintedPagesAsync(separate, "calder-plan-per-person.pdf");
        await separate.Context.CloseAsync();

        var together = await CalderPrintAsync(perPerson: false);
        await Assertions.Expect(together.Locator(".lantern-plan-print__person--own-page")).ToHaveCountAsync(0);
        var togetherPages = await PrintedPagesAsync(together, "calder-plan.pdf");
        await together.Context.CloseAsync();

        Assert.True(separatePages >= PeopleWithGoals, $"Each person's goals on their own page printed {separatePages} pages for {PeopleWithGoals} people with goals.");
        Assert.True(togetherPages < separatePages, $"Printed together the plan took {togetherPages} pages; one person a page took {separatePages}.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PrintView_LeavesOutTheCheckerAndTheChangeLinks(bool perPerson)
    {
        var page = await CalderPrintAsync(perPerson);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gavin Calder: changing his behaviour" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Morag Calder: partnership" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Gavin will stop hitting the boys", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Plan checker")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-rule]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change") })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Add a goal") })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".usa-header .usa-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Print options" })).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
