using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sightline.Browser.Tests;

/// <summary>
/// Every page of the site, in each state worth checking (a form with errors, a refusal, a filtered
/// list): the accessibility scan visits each one. A new page gets a line here.
/// </summary>
public static class EveryPage
{
    private static readonly string Poppy = $"/children/{LaneFamily.Baby}";
    private static readonly string Alfie = $"/children/{ReedFamily.Baby}";

    public static IReadOnlyList<SitePage> All { get; } =
    [
        new("sign-in", null, page => Go(page, "/sign-in")),
        new("sign-in-error", null, async page =>
        {
            await Go(page, "/sign-in");
            await page.GetByLabel("User name").FillAsync("nobody");
            await page.GetByLabel("Password").FillAsync("not the password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        }),
        new("children", BrowserUsers.HealthVisitor, page => Go(page, "/")),
        new("children-found-by-name", BrowserUsers.HealthVisitor, page => Go(page, "/?name=lane&flagged=true")),
        new("children-search-error", BrowserUsers.HealthVisitor, page => Go(page, "/?nhsNumber=12345&bornDay=31&bornMonth=2&bornYear=2026&postcode=nowhere")),
        new("child", BrowserUsers.HealthVisitor, page => Go(page, Poppy)),
        new("child-chronology-filtered", BrowserUsers.HealthVisitor, page => Go(page, $"{Poppy}?significance=concern&agency={LaneFamily.Hv}")),
        new("chronology-print", BrowserUsers.HealthVisitor, page => Go(page, $"/children/{LaneFamily.Baby}/chronology")),
        new("chronology-print-filtered", BrowserUsers.HealthVisitor, page => Go(page, $"/children/{LaneFamily.Baby}/chronology?significance=concern")),
        new("replay", BrowserUsers.Analyst, page => Go(page, "/replay")),
        new("replay-result", BrowserUsers.Lead, async page =>
        {
            await Go(page, "/replay");
            await page.GetByLabel("Scenario file").SetInputFilesAsync(Scenarios.EveryKind);
            await page.GetByRole(AriaRole.Button, new() { Name = "Replay the scenario" }).ClickAsync();
            await Expect(page.Locator("#replay-title")).ToBeVisibleAsync();
        }),
        new("replay-error", BrowserUsers.Analyst, async page =>
        {
            await Go(page, "/replay");
            await page.GetByLabel("Scenario file").SetInputFilesAsync(Scenarios.Broken());
            await page.GetByRole(AriaRole.Button, new() { Name = "Replay the scenario" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        }),
        new("agencies", BrowserUsers.HealthVisitor, page => Go(page, "/agencies")),
        new("agency-alerts", BrowserUsers.HealthVisitor, page => Go(page, $"/agencies/{LaneFamily.Hv}/alerts")),
        new("agency-alerts-all", BrowserUsers.HealthVisitor, page => Go(page, $"/agencies/{LaneFamily.Hv}/alerts?show=all")),
        new("agency-alert", BrowserUsers.HealthVisitor, OpenFirstAlert),
        new("agency-alert-error", BrowserUsers.HealthVisitor, async page =>
        {
            await OpenFirstAlert(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the action" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        }),
        new("record-choose", BrowserUsers.HealthVisitor, page => Go(page, $"{Alfie}/record")),
        new("record-injury", BrowserUsers.HealthVisitor, page => Go(page, $"{Alfie}/record?kind=injury")),
        new("record-injury-errors", BrowserUsers.HealthVisitor, async page =>
        {
            await Go(page, $"{Alfie}/record?kind=injury");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save injury" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        }),
        new("record-contact", BrowserUsers.HealthVisitor, page => Go(page, $"{Alfie}/record?kind=contact")),
        new("record-referral", BrowserUsers.HealthVisitor, page => Go(page, $"{Alfie}/record?kind=referral")),
        new("record-information-shared-errors", BrowserUsers.HealthVisitor, async page =>
        {
            await Go(page, $"{Alfie}/record?kind=information-shared");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save information shared" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        }),
        new("flag-check", BrowserUsers.Nurse, page => Go(page, "/flag-check")),
        new("flag-check-flagged", BrowserUsers.Nurse, page => Go(page, $"/flag-check?nhsNumber={Uri.EscapeDataString(HoltFamily.ChildNhsNumber)}&setting=out-of-hours")),
        new("flag-check-clear", BrowserUsers.Nurse, page => Go(page, $"/flag-check?nhsNumber={Uri.EscapeDataString(HoltFamily.UnflaggedNhsNumber)}")),
        new("flag-check-no-record", BrowserUsers.Nurse, page => Go(page, $"/flag-check?nhsNumber={Uri.EscapeDataString(HoltFamily.UnknownNhsNumber)}")),
        new("flag-check-cannot-say", BrowserUsers.Nurse, page => Go(page, $"/flag-check?name={Uri.EscapeDataString(HoltFamily.ChildName)}&bornDay=14&bornMonth=3&bornYear=2021")),
        new("flag-check-errors", BrowserUsers.Nurse, page => Go(page, "/flag-check?name=&bornDay=31&bornMonth=2&bornYear=2021&postcode=nowhere&setting=ward")),
        new("flag-check-forbidden", BrowserUsers.HealthVisitor, page => Go(page, "/flag-check")),
        new("rules", BrowserUsers.HealthVisitor, page => Go(page, "/rules")),
        new("figures", BrowserUsers.Analyst, page => Go(page, "/figures")),
        new("identity-reviews", BrowserUsers.Lead, page => Go(page, "/identity")),
        new("sign-out", BrowserUsers.HealthVisitor, page => Go(page, "/sign-out")),
        new("refused-with-break-glass", BrowserUsers.Outsider, page => Go(page, Poppy)),
        new("break-glass", BrowserUsers.Outsider, page => Go(page, $"/break-glass?person={LaneFamily.Baby}")),
        new("break-glass-error", BrowserUsers.Outsider, async page =>
        {
            await Go(page, $"/break-glass?person={LaneFamily.Baby}");
            await page.GetByLabel("Why must you see this record now?").FillAsync("Need it");
            await page.GetByRole(AriaRole.Button, new() { Name = "Open the record" }).ClickAsync();
            await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        }),
        new("child-by-break-glass", BrowserUsers.BreakGlassReader, async page =>
        {
            await Go(page, $"/break-glass?person={LaneFamily.Baby}");
            await page.GetByLabel("Why must you see this record now?").FillAsync("The baby is in the emergency department with an injury and I need to know who is involved.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Open the record" }).ClickAsync();
            await Expect(page.Locator(".app-banner--break-glass")).ToBeVisibleAsync();
        }),
        new("forbidden", BrowserUsers.Analyst, page => Go(page, "/")),
        new("not-found", BrowserUsers.HealthVisitor, page => Go(page, "/no/such/page")),
        new("error", null, page => Go(page, "/error")),
    ];

    /// <summary>The names, for a theory over every page.</summary>
    public static TheoryData<string> Names { get; } = [.. All.Select(p => p.Name)];

    public static SitePage Named(string name) => All.Single(p => p.Name == name);

    private static async Task Go(IPage page, string path) => await page.GotoAsync(path);

    /// <summary>The first alert of the health visitors' list, by its link.</summary>
    private static async Task OpenFirstAlert(IPage page)
    {
        await Go(page, $"/agencies/{LaneFamily.Hv}/alerts?show=all");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Record an action") }).First.ClickAsync();
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
    }
}
