using Microsoft.Playwright;

namespace Sightline.Browser.Tests;

/// <summary>A page of the site in one of its states, as a reader reaches it: who, and what they do to get there.</summary>
/// <param name="Name">A short name, for the test case and its screenshot.</param>
/// <param name="User">Who is signed in; null for no one.</param>
/// <param name="Open">What the reader does to reach the page, once signed in.</param>
public sealed record SitePage(string Name, BrowserUser? User, Func<IPage, Task> Open)
{
    public override string ToString() => Name;
}
