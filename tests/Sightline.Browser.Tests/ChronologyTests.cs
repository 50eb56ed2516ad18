using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sightline.Browser.Tests;

/// <summary>The multi-agency chronology, filtered by plain links and a GET form: with script and without.</summary>
[Collection(BrowserTests.Name)]
public sealed class ChronologyTests(BrowserSite site)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Filtering_by_significance_then_agency_shows_only_those_entries_newest_first(bool javaScript)
    {
        await using var session = await site.SessionAsync(javaScript: javaScript);
        var page = session.Page;
        await SitePages.SignInAsync(page, BrowserUsers.HealthVisitor.Name, site.PasswordOf(BrowserUsers.HealthVisitor));
        await page.GotoAsync($"/children/{LaneFamily.Baby}");
        var entries = page.Locator(".app-chronology .moj-timeline__item");
        await Expect(entries).ToHaveCountAsync(4);

        await page.GetByLabel("Significance", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Warning sign" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter the chronology" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("significance=concern"));
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(entries.Nth(0).Locator(".moj-timeline__title")).ToContainTextAsync("Bruise (upper arm) seen by Millbrook Health Visiting");
        await Expect(entries.Nth(0).Locator(".moj-timeline__byline")).ToHaveTextAsync("by Millbrook Health Visiting");
        await Expect(entries.Nth(1).Locator(".moj-timeline__title")).ToContainTextAsync("8-week check with Millbrook Road Surgery: was not brought");
        await Expect(page.Locator("#chronology-count")).ToHaveTextAsync("2 entries of 4");

        await page.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Millbrook Road Surgery" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter the chronology" }).ClickAsync();

        await Expect(entries).ToHaveCountAsync(1);
        await Expect(entries.First.Locator(".moj-timeline__byline")).ToHaveTextAsync("by Millbrook Road Surgery");
        await SitePages.ScreenshotAsync(page, javaScript ? "chronology-filtered" : "chronology-filtered-without-script");

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove this filter Warning sign" }).ClickAsync();
        await Expect(entries).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Significance", new() { Exact = true })).ToHaveValueAsync("");
        await page.GetByRole(AriaRole.Link, new() { Name = "Clear the filters" }).ClickAsync();
        await Expect(entries).ToHaveCountAsync(4);
        Assert.Empty(session.Problems);
    }
}
