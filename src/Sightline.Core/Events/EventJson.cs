using System.Text.Json;
using System.Text.Json.Serialization;
using Sightline.Core.Vocabulary;

namespace Sightline.Core.Events;

/// <summary>
/// The one set of JSON options for events and persons: camelCase fields, kebab-case
/// vocabularies, no nulls written. Storage payloads and the API use it, so a stored event reads
/// back exactly as it was accepted.
/// </summary>
public static class EventJson
{
    /// <summary>Options shared by every reader and writer of event JSON.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serialises an event with its <c>kind</c>.</summary>
    public static string Serialize(CaseEvent caseEvent) => JsonSerializer.Serialize(caseEvent, Options);

    /// <summary>Reads an event written by <see cref="Serialize"/>.</summary>
    public static CaseEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<CaseEvent>(json, Options) ?? throw new JsonException("An event cannot be null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowOutOfOrderMetadataProperties = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(Wire.Naming, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
