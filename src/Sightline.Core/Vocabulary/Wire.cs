using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Sightline.Core.Vocabulary;

/// <summary>
/// The closed vocabularies of <c>sightline-scenario/1</c> are written in kebab case
/// (<c>was-not-brought</c>); the domain uses enums. This is the one place that maps between them,
/// so the scenario reader, storage and the API cannot drift apart.
/// </summary>
public static class Wire
{
    /// <summary>The naming policy used for every enum on the wire.</summary>
    public static JsonNamingPolicy Naming { get; } = JsonNamingPolicy.KebabCaseLower;

    private static readonly ConcurrentDictionary<Type, Table> Tables = new();

    /// <summary>The wire name of an enum value, e.g. <c>WasNotBrought</c> → <c>was-not-brought</c>.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        TableOf(typeof(TEnum)).ToWire[value];

    /// <summary>Reads a wire name; false when it is not one of the vocabulary's values.</summary>
    public static bool TryParse<TEnum>(string? text, [NotNullWhen(true)] out TEnum? value) where TEnum : struct, Enum
    {
        if (text is not null && TableOf(typeof(TEnum)).FromWire.TryGetValue(text, out var found))
        {
            value = (TEnum)found;
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Every wire name of a vocabulary, in declaration order, for error messages.</summary>
    public static IReadOnlyList<string> Names<TEnum>() where TEnum : struct, Enum =>
        TableOf(typeof(TEnum)).Ordered;

    private static Table TableOf(Type type) => Tables.GetOrAdd(type, static t =>
    {
        var values = Enum.GetValues(t).Cast<Enum>().ToArray();
        var ordered = values.Select(v => Naming.ConvertName(v.ToString())).ToArray();
        return new Table(
            values.Zip(ordered).ToFrozenDictionary(p => (object)p.First, p => p.Second),
            values.Zip(ordered).ToFrozenDictionary(p => p.Second, p => (object)p.First, StringComparer.Ordinal),
            ordered);
    });

    private sealed record Table(
        FrozenDictionary<object, string> ToWire,
        FrozenDictionary<string, object> FromWire,
        IReadOnlyList<string> Ordered);
}
