using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sightline.Core.Persons;

/// <summary>The identifier a person is known by across Sightline.</summary>
[JsonConverter(typeof(PersonIdJsonConverter))]
public readonly record struct PersonId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>Writes an <see cref="PersonId"/> as a bare JSON string.</summary>
internal sealed class PersonIdJsonConverter : JsonConverter<PersonId>
{
    /// <inheritdoc/>
    public override PersonId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A person id must be a string."));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PersonId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
