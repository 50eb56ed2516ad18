using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Sightline.Core.Events;
using Sightline.Interop.Checking;

namespace Sightline.Interop.Scenarios;

/// <summary>
/// Builds a Core <see cref="CaseEvent"/> from a checked scenario event. A scenario event is
/// exactly the Core event's JSON except that it counts days where Core holds dates, so the
/// event is rewritten with dates and read by <see cref="EventJson"/>: the file format and the
/// stored form then cannot drift apart field by field.
/// </summary>
internal static class EventBuilder
{
    public static CaseEvent Build(JsonElement scenarioEvent, DateOnly start)
    {
        var fields = EventFields.For(ValidJson.Text(scenarioEvent, "kind"))
            ?? throw new InvalidOperationException("The checks passed an unknown kind.");
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
                else if (fields.Any(f => f.Value.Shape == ValueShape.Day && field.NameEquals(f.Name)))
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
