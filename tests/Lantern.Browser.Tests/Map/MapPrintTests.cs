using System.Text;
using System.Text.RegularExpressions;
using Lantern.TestCommon;
using Microsoft.Playwright;
using Xunit;

namespace Lantern.Browser.Tests.Map;

/// <summary>The fully mapped Calder case printed for a case conference: one landscape sheet of A4 or Letter, without the app's chrome.</summary>
public sealed partial class MapPrintTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    /// <summary>The print section's <c>@page map</c> margin, 0.8cm, in CSS pixels at 96 dpi.</summary>
    private const double MarginPx = 0.8 / 2.54 * 96;

    private static string ArtifactsDirectory => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    /// <summary>Page objects in the PDF: "/Type /Page" but not the "/Type /Pages" tree nodes.</summary>
    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    private async Task<IPage> CalderMapAsync()
    {
        var caseId = await host.CaseOfAsync("Calder");
        var page = await host.SignedInPageAsync("worker");
        await page.GotoAsync($"/Cases/{caseId}/Map");
        await Assertions.Expect(page.GetByText("No gaps found")).ToBeVisibleAsync();
        return page;
    }

    [Theory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task PrintTheFullMap_Landscape_FitsOnOnePage(string paper)
    {
        var page = await CalderMapAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var pdf = await page.PdfAsync(new() { Format = paper, Landscape = true, PreferCSSPageSize = false, PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(ArtifactsDirectory, $"calder-map-{paper}.pdf"), pdf);

        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.Equal(1, PageCount(pdf));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PrintView_OnAnA4LandscapeSheet_ShowsTheMapWithoutTheAppAroundIt()
    {
        var page = await CalderMapAsync();
        await page.SetViewportSizeAsync(1123, 794);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var path = Path.Combine(ArtifactsDirectory, "calder-map-print-a4.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });

        // Navigation, buttons and the "add" links are screen-only; the print notice and the map's parts are printed.
        await Assertions.Expect(page.Locator(".usa-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".usa-footer")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Chronology" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add a behaviour" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText("Printed from Lantern.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What we don’t know yet (0)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Worker safety: Gavin Calder" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#intersecting-factors")).ToBeVisibleAsync();

        // The three columns sit side by side: the same top, left to right.
        var efforts = (await page.Locator(".lantern-map__efforts").BoundingBoxAsync())!;
        var centre = (await page.Locator(".lantern-map__centre").BoundingBoxAsync())!;
        var children = (await page.Locator(".lantern-map__children").BoundingBoxAsync())!;
        Assert.Equal(efforts.Y, centre.Y, 1);
        Assert.Equal(centre.Y, children.Y, 1);
        Assert.True(efforts.X < centre.X && centre.X < children.X, "The survivor's efforts, his pattern and the children should read left to right.");

        var printableHeight = 794 - (2 * MarginPx);
        // The viewport is at least a sheet tall, so measure the content itself: the top of <main> plus its scroll height.
        var height = await page.EvaluateAsync<double>("() => { const main = document.querySelector('main'); return main.getBoundingClientRect().top + window.scrollY + main.scrollHeight; }");
        Assert.True(height <= printableHeight, $"The print view is {height}px tall; an A4 landscape sheet holds {printableHeight:F0}px. Screenshot: {path}");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
