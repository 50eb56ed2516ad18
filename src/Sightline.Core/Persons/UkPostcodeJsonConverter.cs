using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sightline.Core.Persons;

/// <summary>Writes a <see cref="UkPostcode"/> as its full form, "SW1A 1AA", and reads any spacing or case.</summary>
internal sealed class UkPostcodeJsonConverter : JsonConverter<UkPostcode>
{
    /// <inheritdoc/>
    public override UkPostcode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UkPostcode.TryParse(reader.GetString(), out var postcode)
            ? postcode
            : throw new JsonException("A postcode must have the shape of a UK postcode, e.g. \"SW1A 1AA\".");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, UkPostcode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Full);
    }
}
