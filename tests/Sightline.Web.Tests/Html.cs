using AngleSharp;
using AngleSharp.Dom;

namespace Sightline.Web.Tests;

/// <summary>Fetches pages and parses them, so tests assert on what a reader sees rather than on markup.</summary>
public static class Html
{
    public static async Task<IDocument> GetAsync(HttpClient client, string path, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode}, expected {(int)expected}.\n{body}");
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(body));
    }

    /// <summary>Parses a response's body, whatever its status.</summary>
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(body));
    }

    /// <summary>An element's text with its white space collapsed, as a reader sees it.</summary>
    public static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The table with this caption (the start of it).</summary>
    public static IElement Table(IDocument page, string caption) =>
        page.QuerySelectorAll("table").SingleOrDefault(t => t.QuerySelector("caption") is { } c && Text(c).StartsWith(caption, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No table captioned '{caption}' in:\n{page.Body?.OuterHtml}");

    /// <summary>The entries of the child page's chronology (the timeline), newest first.</summary>
    public static IReadOnlyList<TimelineEntry> Timeline(IDocument page) =>
        page.QuerySelectorAll(".app-chronology .moj-timeline__item").Select(item => new TimelineEntry(
            Text(item.QuerySelector(".moj-timeline__date time")!),
            Text(item.QuerySelector(".moj-timeline__byline")!),
            Text(item.QuerySelector(".moj-timeline__title")!),
            Text(item.QuerySelector(".app-chronology__about")!),
            item.QuerySelector(".app-note") is { } note ? Text(note) : null)).ToList();

    /// <summary>
    /// The page's only script is the site's own module file: no inline script, nothing from
    /// elsewhere, nothing a record or a search could have put there.
    /// </summary>
    public static void AssertOnlyTheSiteScript(IDocument page)
    {
        var scripts = page.QuerySelectorAll("script");
        var script = Assert.Single(scripts);
        Assert.Equal("/site.js", script.GetAttribute("src"));
        Assert.Equal("module", script.GetAttribute("type"));
        Assert.Equal("", script.TextContent);
    }

    /// <summary>The rows of a table's body, each as its cells' texts.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(IElement table) =>
        table.QuerySelectorAll("tbody tr").Select(r => (IReadOnlyList<string>)r.QuerySelectorAll("td").Select(Text).ToList()).ToList();
}
