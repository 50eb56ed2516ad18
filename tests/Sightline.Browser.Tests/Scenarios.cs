using System.Text;
using Microsoft.Playwright;

namespace Sightline.Browser.Tests;

/// <summary>The scenario files the replay tests upload: the reader's every-kind fixture, and a broken copy of it.</summary>
public static class Scenarios
{
    /// <summary>A good file: every event kind once, with expected and forbidden alerts.</summary>
    public static string EveryKind { get; } = Path.Combine(AppContext.BaseDirectory, "Scenarios", "every-kind.json");

    /// <summary>The same file with an unknown format and an event kind no one knows, as an upload.</summary>
    public static FilePayload Broken()
    {
        var text = File.ReadAllText(EveryKind)
            .Replace("\"format\": \"sightline-scenario/1\"", "\"format\": \"sightline-scenario/9\"", StringComparison.Ordinal);
        return new FilePayload { Name = "broken.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(text) };
    }
}
