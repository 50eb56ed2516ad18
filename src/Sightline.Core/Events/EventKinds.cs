using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Sightline.Core.Events;

/// <summary>
/// The event vocabulary, read once from the <see cref="JsonDerivedTypeAttribute"/>s on
/// <see cref="CaseEvent"/> so that the list of kinds is written in exactly one place.
/// </summary>
public static class EventKinds
{
    private static readonly FrozenDictionary<Type, string> ByType = typeof(CaseEvent)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToFrozenDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    private static readonly FrozenDictionary<string, Type> ByKind =
        ByType.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every wire kind, in the order of FORMAT.md's table.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(CaseEvent)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .Select(a => (string)a.TypeDiscriminator!)
        .ToArray();

    /// <summary>The wire kind of an event type.</summary>
    public static string KindOf(Type eventType) =>
        ByType.TryGetValue(eventType, out var kind)
            ? kind
            : throw new ArgumentException($"{eventType.Name} is not a registered event kind.", nameof(eventType));

    /// <summary>The event type of a wire kind, or null when the kind is not in the vocabulary.</summary>
    public static Type? TypeOf(string kind) => ByKind.GetValueOrDefault(kind);
}
