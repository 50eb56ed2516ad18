using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sightline.Browser.Tests;

/// <summary>Finding a child from the children page, as a health visitor would.</summary>
[Collection(BrowserTests.Name)]
public sealed class FindingAChildTests(BrowserSite site)
{
    [Fact]
    public async Task By_NHS_number_the_child_is_found_and_opens()
    {
        await using var session = await site.SessionAsync(BrowserUsers.HealthVisitor);
        var page = session.Page;

        await page.GetByLabel("By NHS number").FillAsync(LaneFamily.BabyNhsNumber.Replace(" ", "", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var results = page.Locator("#children tbody tr");
        await Expect(results).ToHaveCountAsync(1);
        await Expect(results.First).ToContainTextAsync(LaneFamily.BabyNhsNumber);
        await SitePages.ScreenshotAsync(page, "find-by-nhs-number");
        await results.First.GetByRole(AriaRole.Link, new() { Name = LaneFamily.BabyName }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = LaneFamily.BabyName, Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task By_name_date_of_birth_and_postcode_a_misspelt_name_still_finds_the_child()
    {
        await using var session = await site.SessionAsync(BrowserUsers.HealthVisitor);
        var page = session.Page;

        await page.GetByLabel("Name, or part of it").FillAsync("Popy Lane");
        await page.GetByLabel("Day").FillAsync(LaneFamily.BabyBorn.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Month").FillAsync(LaneFamily.BabyBorn.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(LaneFamily.BabyBorn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Postcode").FillAsync(LaneFamily.BabyPostcode.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var results = page.Locator("#children tbody tr");
        await Expect(results).ToHaveCountAsync(1);
        await Expect(results.First.GetByRole(AriaRole.Link)).ToHaveTextAsync(LaneFamily.BabyName);
        await SitePages.ScreenshotAsync(page, "find-by-name-and-date-of-birth");
    }

    [Fact]
    public async Task A_surname_finds_only_the_children_the_agency_may_see()
    {
        await using var session = await site.SessionAsync(BrowserUsers.HealthVisitor);
        var page = session.Page;

        await page.GetByLabel("Name, or part of it").FillAsync("lane");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var names = await page.Locator("#children tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Contains(LaneFamily.BabyName, names);
        Assert.DoesNotContain("Ella Lane", names);
    }

    [Fact]
    public async Task A_wrong_NHS_number_is_explained_in_the_error_summary_without_script()
    {
        await using var session = await site.SessionAsync(javaScript: false);
        await SitePages.SignInAsync(session.Page, BrowserUsers.HealthVisitor.Name, site.PasswordOf(BrowserUsers.HealthVisitor));
        var page = session.Page;

        await page.GetByLabel("By NHS number").FillAsync("943 476 5928");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("Enter a real NHS number");
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByLabel("By NHS number")).ToBeFocusedAsync();
        await Expect(page.Locator("#children")).ToHaveCountAsync(0);
        await SitePages.ScreenshotAsync(page, "find-error");
    }
}
