using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Sightline.Core.Events;

namespace Sightline.Interop.Scenarios;

/// <summary>
/// Builds a Core <see cref="CaseEvent"/> from a checked scenario event. A scenario event is
/// exactly the Core event's JSON except that it counts days where Core holds dates, so the
/// event is rewritten with dates and read by <see cref="EventJson"/>: the file format and the
/// stored form then cannot drift apart field by field.
/// </summary>
internal static class EventBuilder
{
    /// <summary>Kind to the field, besides <c>day</c>, that holds a day number in the file and a date in Core.</summary>
    private static readonly FrozenDictionary<string, string> DayFields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pregnancy"] = "due",
        ["acknowledged"] = "of",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static CaseEvent Build(JsonElement scenarioEvent, DateOnly start)
    {
        var dayField = DayFields.GetValueOrDefault(ValidJson.Text(scenarioEvent, "kind"));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var field in scenarioEvent.EnumerateObject())
            {
                if (field.NameEquals("day"))
                {
                    writer.WriteString("date", IsoDate(start, field.Value));
                }
                else if (field.Name == dayField)
                {
                    writer.WriteString(field.Name, IsoDate(start, field.Value));
                }
                else
                {
                    field.WriteTo(writer);
                }
            }
            writer.WriteEndObject();
        }
        return JsonSerializer.Deserialize<CaseEvent>(buffer.WrittenSpan, EventJson.Options)
            ?? throw new InvalidOperationException("An event read as null.");
    }

    private static string IsoDate(DateOnly start, JsonElement day) =>
        start.AddDays(day.GetInt32()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
