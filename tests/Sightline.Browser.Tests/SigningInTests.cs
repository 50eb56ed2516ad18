using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sightline.Browser.Tests;

/// <summary>Signing in, in a real browser, under the site's content security policy.</summary>
[Collection(BrowserTests.Name)]
public sealed class SigningInTests(BrowserSite site)
{
    [Fact]
    public async Task A_wrong_password_shows_the_error_summary_and_the_right_one_leads_to_the_children()
    {
        await using var session = await site.SessionAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"));
        await page.GetByLabel("User name").FillAsync(BrowserUsers.HealthVisitor.Name);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("There is a problem");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#user-name");
        // The design system's script moves the focus to the summary, so a screen reader reads it first.
        await Expect(summary).ToBeFocusedAsync();
        await SitePages.ScreenshotAsync(page, "sign-in-error");

        await page.GetByLabel("Password").FillAsync(site.PasswordOf(BrowserUsers.HealthVisitor));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Children", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".govuk-service-navigation")).ToContainTextAsync("hv");
        await SitePages.ScreenshotAsync(page, "children");
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task The_design_system_is_served_by_the_site_and_its_script_runs_under_the_policy()
    {
        await using var session = await site.SessionAsync(BrowserUsers.HealthVisitor);
        var page = session.Page;

        var font = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('h1')).fontFamily");
        var supported = await page.EvaluateAsync<bool>("() => document.body.classList.contains('govuk-frontend-supported')");

        Assert.Contains("GDS Transport", font, StringComparison.Ordinal);
        Assert.True(supported, "site.js did not run: the design system's script was not loaded as a module from the site.");
        Assert.Empty(session.Problems);
    }
}
