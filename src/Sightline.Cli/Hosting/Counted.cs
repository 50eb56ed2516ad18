using System.Globalization;

namespace Sightline.Cli.Hosting;

/// <summary>A count with its noun in the right number: "1 alert", "1,204 events".</summary>
internal static class Counted
{
    public static string Of(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} {plural ?? singular + "s"}");
}
