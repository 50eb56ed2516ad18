using static Microsoft.Playwright.Assertions;

namespace Sightline.Browser.Tests;

/// <summary>The child's page: the flags, the alert the live protocols raised, the household drawn as a genogram.</summary>
[Collection(BrowserTests.Name)]
public sealed class ChildPageTests(BrowserSite site)
{
    [Fact]
    public async Task The_flags_banner_shows_the_plan_and_the_overdue_alert_for_the_bruise()
    {
        await using var session = await site.SessionAsync(BrowserUsers.HealthVisitor);
        var page = session.Page;

        await page.GotoAsync($"/children/{LaneFamily.Baby}");

        var flags = page.Locator(".app-flags");
        await Expect(flags).ToContainTextAsync("Child protection plan held by Millbrook since 1 Oct 2026, category neglect");
        await Expect(flags).ToContainTextAsync("5 overdue");
        await Expect(flags).ToContainTextAsync("Health visiting: Millbrook Health Visiting");
        var bruise = page.Locator("table.app-table--alerts tbody tr", new() { HasText = "Injury to a non-mobile baby" });
        await Expect(bruise).ToHaveCountAsync(1);
        await Expect(bruise).ToContainTextAsync("Overdue");
        await Expect(bruise).ToContainTextAsync("Bruise on a non-mobile");
        await SitePages.ScreenshotAsync(page, "child-page");
        // The flags, the alerts and the genogram, as the README shows them.
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(SitePages.ScreenshotFolder, "child-page-top.png"),
            FullPage = true,
            Clip = new() { X = 0, Y = 0, Width = 1280, Height = 2750 },
        });
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task The_genogram_shows_who_lives_where_and_marks_the_man_only_the_police_know()
    {
        await using var session = await site.SessionAsync(BrowserUsers.HealthVisitor);
        var page = session.Page;

        await page.GotoAsync($"/children/{LaneFamily.Baby}#family");

        var genogram = page.Locator("figure.app-genogram svg");
        await Expect(genogram).ToHaveAttributeAsync("role", "img");
        var unseen = genogram.Locator(".app-genogram__person--unseen");
        await Expect(unseen).ToHaveCountAsync(1);
        await Expect(unseen).ToContainTextAsync("Wayne Ross");
        await Expect(unseen).ToContainTextAsync("Known only to Millbrook Police");
        await Expect(genogram.Locator(".app-genogram__person--household")).ToHaveCountAsync(3);
        await Expect(genogram.Locator(".app-genogram__person--elsewhere", new() { HasText = "Jack Lane" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#genogram-desc")).ToContainTextAsync("Not known to the agencies working with the child: Wayne Ross (known only to Millbrook Police)");
        await Expect(page.Locator("table", new() { HasText = "Who lives with Poppy Lane now" }).Locator("tr", new() { HasText = "Wayne Ross" }))
            .ToContainTextAsync("Unknown to the child's agencies");
        await genogram.ScreenshotAsync(new() { Path = Path.Combine(SitePages.ScreenshotFolder, "genogram.png") });
    }
}
