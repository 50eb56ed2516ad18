using System.Text.Json;
using Sightline.Core.Vocabulary;

namespace Sightline.Interop.Checking;

/// <summary>
/// Reads values from a document that the checks have passed, so every value
/// has the shape it was checked for. A failure here is a bug in the checker, not in the file.
/// </summary>
internal static class ValidJson
{
    public static string Text(JsonElement obj, string name) =>
        obj.GetProperty(name).GetString() ?? throw Unchecked(name);

    public static string? OptionalText(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? value.GetString() : null;

    public static int Day(JsonElement obj, string name) => obj.GetProperty(name).GetInt32();

    public static int? OptionalDay(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? value.GetInt32() : null;

    public static TEnum Vocabulary<TEnum>(JsonElement obj, string name) where TEnum : struct, Enum =>
        OptionalVocabulary<TEnum>(obj, name) ?? throw Unchecked(name);

    public static TEnum? OptionalVocabulary<TEnum>(JsonElement obj, string name) where TEnum : struct, Enum =>
        !obj.TryGetProperty(name, out var value) ? null
        : Wire.TryParse<TEnum>(value.GetString(), out var parsed) ? parsed
        : throw Unchecked(name);

    public static IReadOnlyList<TEnum> Vocabularies<TEnum>(JsonElement obj, string name) where TEnum : struct, Enum =>
        [.. Texts(obj, name).Select(text => Wire.TryParse<TEnum>(text, out var parsed) ? parsed.Value : throw Unchecked(name))];

    public static IEnumerable<JsonElement> List(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? value.EnumerateArray() : [];

    public static IReadOnlyList<string> Texts(JsonElement obj, string name) =>
        [.. List(obj, name).Select(v => v.GetString() ?? throw Unchecked(name))];

    private static InvalidOperationException Unchecked(string name) =>
        new($"The checks passed an invalid '{name}'.");
}
