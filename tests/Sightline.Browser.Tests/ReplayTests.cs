using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sightline.Browser.Tests;

/// <summary>A review author replays a scenario file: its timeline with the alerts raised day by day, or its problems.</summary>
[Collection(BrowserTests.Name)]
public sealed class ReplayTests(BrowserSite site)
{
    [Fact]
    public async Task A_lead_uploads_a_scenario_and_sees_its_days_alerts_and_checks()
    {
        await using var session = await site.SessionAsync(BrowserUsers.Lead);
        var page = session.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Replay", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Replay a scenario", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Scenario file").SetInputFilesAsync(Scenarios.EveryKind);
        await page.GetByRole(AriaRole.Button, new() { Name = "Replay the scenario" }).ClickAsync();

        await Expect(page.Locator("#replay-title")).ToBeVisibleAsync();
        await Expect(page.Locator("#replay-counts")).ToContainTextAsync("alerts raised");
        var alerts = page.Locator(".app-replay__alert");
        Assert.True(await alerts.CountAsync() > 0);
        await Expect(alerts.First).ToContainTextAsync("Tells");
        await Expect(page.Locator("#replay-checks caption")).ToContainTextAsync("What the file expects");
        await Expect(page.Locator("#replay-checks tbody tr")).ToHaveCountAsync(2);
        await SitePages.ScreenshotAsync(page, "replay");
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task A_broken_file_is_explained_in_the_error_summary_without_script()
    {
        await using var session = await site.SessionAsync(javaScript: false);
        var page = session.Page;
        await SitePages.SignInAsync(page, BrowserUsers.Analyst.Name, site.PasswordOf(BrowserUsers.Analyst));
        await page.GotoAsync("/replay");

        await page.GetByLabel("Scenario file").SetInputFilesAsync(Scenarios.Broken());
        await page.GetByRole(AriaRole.Button, new() { Name = "Replay the scenario" }).ClickAsync();

        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator(".govuk-error-summary__list a").First).ToContainTextAsync("$.format");
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(page.Locator("#replay-title")).ToHaveCountAsync(0);
        await SitePages.ScreenshotAsync(page, "replay-error");
        Assert.Empty(session.Problems);
    }
}
