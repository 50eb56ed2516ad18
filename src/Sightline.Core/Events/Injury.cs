using System.Text.Json.Serialization;

namespace Sightline.Core.Events;

/// <summary>An injury seen by, or shown to, a practitioner. Wire kind <c>injury</c>.</summary>
public sealed record Injury : CaseEvent
{
    /// <summary>The kind of injury.</summary>
    [JsonPropertyName("injury")]
    public required InjuryType Type { get; init; }

    /// <summary>Where on the body.</summary>
    public required string Site { get; init; }

    /// <summary>The explanation given, if any.</summary>
    public string? Explanation { get; init; }
}
