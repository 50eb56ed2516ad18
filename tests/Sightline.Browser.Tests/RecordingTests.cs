using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sightline.Browser.Tests;

/// <summary>Recording an injury from a child's page, seeing the alert it raises at once, and acknowledging it.</summary>
[Collection(BrowserTests.Name)]
public sealed class RecordingTests(BrowserSite site)
{
    [Fact]
    public async Task A_bruise_recorded_on_a_non_mobile_baby_raises_the_alert_at_once_and_the_health_visitor_acknowledges_it()
    {
        await using var session = await site.SessionAsync(BrowserUsers.HealthVisitor);
        var page = session.Page;
        await page.GotoAsync($"/children/{ReedFamily.Baby}");
        await Expect(page.Locator("table.app-table--alerts")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Record an event" }).ClickAsync();
        await page.GetByLabel("Injury", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save injury" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter the date it happened", "Select the kind of injury", "Enter where on the body the injury was"]);
        await SitePages.ScreenshotAsync(page, "record-injury-errors");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Select the kind of injury" }).ClickAsync();
        await Expect(page.Locator("#injury-type")).ToBeFocusedAsync();

        await page.GetByLabel("Day").FillAsync("20");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Bruise").CheckAsync();
        await page.GetByLabel("Where on the body?").FillAsync("left cheek");
        await page.GetByLabel("What explanation was given? (optional)").FillAsync("Mother says he hit himself with a rattle");
        await SitePages.ScreenshotAsync(page, "record-injury-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save injury" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/children/{ReedFamily.Baby}$"));
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Injury recorded. 1 new alert: Injury to a non-mobile baby.");
        var alert = page.Locator("table.app-table--alerts tbody tr", new() { HasText = "Injury to a non-mobile baby" });
        await Expect(alert).ToHaveCountAsync(1);
        await Expect(alert).ToContainTextAsync("Bruise on a non-mobile");
        await Expect(alert).ToContainTextAsync("Not acknowledged");
        await Expect(page.Locator(".app-chronology .moj-timeline__item").First).ToContainTextAsync("left cheek");
        await SitePages.ScreenshotAsync(page, "record-injury-alert");

        await alert.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Acknowledge") }).ClickAsync();

        alert = page.Locator("table.app-table--alerts tbody tr", new() { HasText = "Injury to a non-mobile baby" });
        await Expect(alert).ToContainTextAsync("Acknowledged by hv (Millbrook Health Visiting)");
        await Expect(alert.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await SitePages.ScreenshotAsync(page, "record-injury-acknowledged");
        Assert.Empty(session.Problems);
    }
}
