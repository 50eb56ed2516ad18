using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sightline.Browser.Tests;

/// <summary>Exporting the chronology from the child's page: the print page (and the PDF Chromium makes of it) and the CSV download.</summary>
[Collection(BrowserTests.Name)]
public sealed class ExportTests(BrowserSite site)
{
    [Fact]
    public async Task The_filtered_chronology_prints_without_navigation_and_saves_as_PDF()
    {
        await using var session = await site.SessionAsync(BrowserUsers.HealthVisitor);
        var page = session.Page;
        await page.GotoAsync($"/children/{LaneFamily.Baby}?significance=concern");

        await page.GetByRole(AriaRole.Link, new() { Name = "Print or save as PDF the chronology as filtered" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = LaneFamily.BabyName, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#print-filter")).ToHaveTextAsync("Warning sign");
        var rows = page.Locator(".app-print__table tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" })).ToBeVisibleAsync();
        await SitePages.ScreenshotAsync(page, "chronology-print-screen");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".app-print__bar")).ToBeHiddenAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await SitePages.ScreenshotAsync(page, "chronology-print");
        var pdf = Path.Combine(SitePages.ScreenshotFolder, "chronology.pdf");
        var bytes = await page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true });
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task The_chronology_downloads_as_CSV_with_a_row_per_entry()
    {
        await using var session = await site.SessionAsync(BrowserUsers.HealthVisitor);
        var page = session.Page;
        await page.GotoAsync($"/children/{LaneFamily.Baby}");
        var entries = await page.Locator(".app-chronology .moj-timeline__item").CountAsync();

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download as a spreadsheet (CSV) the chronology" }).ClickAsync());

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var saved = Path.Combine(SitePages.ScreenshotFolder, "chronology.csv");
        Directory.CreateDirectory(SitePages.ScreenshotFolder);
        await download.SaveAsAsync(saved);
        var lines = (await File.ReadAllTextAsync(saved, Encoding.UTF8)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,agency,kind,what,persons,note", lines[0]);
        Assert.Equal(entries, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains("Millbrook Health Visiting", StringComparison.Ordinal));
        await SitePages.ScreenshotAsync(page, "chronology-export-links");
        Assert.Empty(session.Problems);
    }
}
