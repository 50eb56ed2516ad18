using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sightline.Core.Agencies;

/// <summary>The identifier an agency is known by across Sightline.</summary>
[JsonConverter(typeof(AgencyIdJsonConverter))]
public readonly record struct AgencyId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>Writes an <see cref="AgencyId"/> as a bare JSON string.</summary>
internal sealed class AgencyIdJsonConverter : JsonConverter<AgencyId>
{
    /// <inheritdoc/>
    public override AgencyId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("An agency id must be a string."));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, AgencyId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
