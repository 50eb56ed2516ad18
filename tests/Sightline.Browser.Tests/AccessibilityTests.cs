namespace Sightline.Browser.Tests;

/// <summary>axe-core over every page of the site: no serious or critical violation anywhere.</summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string> Pages => EveryPage.Names;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_serious_or_critical_accessibility_violation(string name)
    {
        var visit = EveryPage.Named(name);
        await using var session = await site.SessionAsync(bypassContentSecurityPolicy: true);
        if (visit.User is { } user)
        {
            await SitePages.SignInAsync(session.Page, user.Name, site.PasswordOf(user));
        }
        await visit.Open(session.Page);

        var violations = await Axe.ScanAsync(session.Page);

        await SitePages.ScreenshotAsync(session.Page, $"page-{name}");
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0, $"{name} ({session.Page.Url}):\n{string.Join('\n', serious)}");
    }

    [Fact]
    public void Every_page_is_in_the_list_once()
    {
        Assert.Equal(EveryPage.All.Count, EveryPage.All.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
    }
}
