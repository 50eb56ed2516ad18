using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sightline.Browser.Tests;

/// <summary>Checking a child's flags at triage, as a nurse of the emergency department would.</summary>
[Collection(BrowserTests.Name)]
public sealed class FlagCheckTests(BrowserSite site)
{
    [Fact]
    public async Task Checking_a_flagged_child_shows_the_flag_whom_to_call_and_that_the_area_is_told()
    {
        await using var session = await site.SessionAsync(BrowserUsers.Nurse);
        var page = session.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Check for flags" }).ClickAsync();
        await page.GetByLabel("NHS number").FillAsync(HoltFamily.ChildNhsNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check for flags" }).ClickAsync();

        var answer = page.Locator("#flag-answer");
        await Expect(answer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("FLAGGED");
        await Expect(answer).ToContainTextAsync($"{HoltFamily.ChildName} is on a child protection plan held by Fenwick since 1 Sep 2026.");
        var contact = page.Locator(".app-contact");
        await Expect(contact).ToContainTextAsync(HoltFamily.CscName);
        await Expect(contact).ToContainTextAsync(HoltFamily.CscPhone);
        await Expect(contact).ToContainTextAsync(HoltFamily.CscOutOfHours);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = $"Unscheduled-care attendances of {HoltFamily.ChildName} (the last 25)" }))
            .ToContainTextAsync("burn to the forearm");
        await Expect(page.Locator("#check-recorded")).ToContainTextAsync($"The responsible area, Fenwick, is told that {HoltFamily.ChildName} was seen at emergency department today");
        await SitePages.ScreenshotAsync(page, "flag-check-flagged");
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task A_mistyped_NHS_number_is_explained_in_the_error_summary_without_script()
    {
        await using var session = await site.SessionAsync(javaScript: false);
        await SitePages.SignInAsync(session.Page, BrowserUsers.Nurse.Name, site.PasswordOf(BrowserUsers.Nurse));
        var page = session.Page;
        await page.GotoAsync("/flag-check");

        await page.GetByLabel("NHS number").FillAsync("943 476 6002");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check for flags" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("Enter a real NHS number: the last digit of this one does not check");
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByLabel("NHS number")).ToBeFocusedAsync();
        await Expect(page.Locator("#flag-answer")).ToHaveCountAsync(0);
        await SitePages.ScreenshotAsync(page, "flag-check-error");
    }
}
