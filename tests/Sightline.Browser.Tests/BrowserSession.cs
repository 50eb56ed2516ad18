using Microsoft.Playwright;

namespace Sightline.Browser.Tests;

/// <summary>A browser context of its own (cookies, storage) with one page, closed when the test ends.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, List<string> problems) : IAsyncDisposable
{
    /// <summary>The page to drive.</summary>
    public IPage Page { get; } = page;

    /// <summary>
    /// What the browser complained of: console errors (a script or a stylesheet the content
    /// security policy refused, say) and uncaught script errors.
    /// </summary>
    public IReadOnlyList<string> Problems => problems;

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
