using System.Text.Json;
using Microsoft.Playwright;

namespace Sightline.Browser.Tests;

/// <summary>
/// Runs axe-core (npm's <c>axe-core</c>, installed by the site's build and copied beside the tests)
/// over the page as it stands. Playwright adds the script inline, so the page's session must bypass
/// the content security policy (<see cref="BrowserSite.SessionAsync"/>).
/// </summary>
public static class Axe
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every rule the page breaks, whatever its impact.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> ScanAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!File.Exists(Script))
        {
            throw new InvalidOperationException($"axe-core is not at {Script}: building Sightline.Web installs it (npm ci).");
        }
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script });
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' '))
              }));
            }
            """);
        return result.Deserialize<List<AxeViolation>>(Json) ?? [];
    }
}
