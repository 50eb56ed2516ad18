using System.Buffers;
using System.Text.Json;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Interop.Checking;

namespace Sightline.Interop.Intake;

/// <summary>
/// Builds a Core event from a checked intake event. The intake form is the Core event's JSON
/// with a source id beside it and the sender's own person ids, so the event is rewritten with
/// Sightline record ids (<see cref="AgencyRecord.PersonId"/>) in every field that names a person —
/// which fields those are comes from <see cref="EventFields"/> — and read by <see cref="EventJson"/>.
/// </summary>
internal static class IntakeEventBuilder
{
    public static SourcedEvent Build(JsonElement intakeEvent, AgencyId sender)
    {
        var kind = ValidJson.Text(intakeEvent, "kind");
        var fields = EventFields.For(kind) ?? throw new InvalidOperationException($"The checks passed an unknown kind '{kind}'.");
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("agency", sender.Value);
            foreach (var field in intakeEvent.EnumerateObject())
            {
                if (field.NameEquals("sourceId") || field.NameEquals("agency"))
                {
                    continue;
                }
                var shape = field.NameEquals("subjects") ? ValueShape.Persons : fields.FirstOrDefault(f => field.NameEquals(f.Name))?.Value.Shape;
                switch (shape)
                {
                    case ValueShape.Person:
                        writer.WriteString(field.Name, RecordId(sender, field.Value));
                        break;
                    case ValueShape.Persons:
                        writer.WriteStartArray(field.Name);
                        foreach (var person in field.Value.EnumerateArray())
                        {
                            writer.WriteStringValue(RecordId(sender, person));
                        }
                        writer.WriteEndArray();
                        break;
                    default:
                        field.WriteTo(writer);
                        break;
                }
            }
            writer.WriteEndObject();
        }
        var caseEvent = JsonSerializer.Deserialize<CaseEvent>(buffer.WrittenSpan, EventJson.Options)
            ?? throw new InvalidOperationException("An event read as null.");
        return new SourcedEvent(new EventSource(sender, ValidJson.Text(intakeEvent, "sourceId")), caseEvent);
    }

    private static string RecordId(AgencyId sender, JsonElement localId) =>
        AgencyRecord.PersonId(sender, localId.GetString() ?? throw new InvalidOperationException("The checks passed a person id that is not a string.")).Value;
}
