using System.Text.Json;

namespace Sightline.Interop.Checking;

/// <summary>How a JSON value is quoted in a problem message.</summary>
internal static class JsonValueText
{
    private const int LongestShown = 60;

    /// <summary>
    /// Strings in single quotes (<c>'missed'</c>), numbers and literals as written, and lists and
    /// objects by their shape: a whole object pasted into a message would bury the point.
    /// </summary>
    public static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Quote(value.GetString() ?? string.Empty),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => value.GetRawText(),
    };

    /// <summary>A text in single quotes, shortened when long.</summary>
    public static string Quote(string text) =>
        text.Length <= LongestShown ? $"'{text}'" : $"'{text[..LongestShown]}…'";

    /// <summary>An allowed-values list as it reads in a message: <c>attended, was-not-brought, cancelled</c>.</summary>
    public static string List(IEnumerable<string> values) => string.Join(", ", values);
}
