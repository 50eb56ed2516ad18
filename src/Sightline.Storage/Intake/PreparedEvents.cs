using System.Text.Json.Nodes;
using Sightline.Core.Events;

namespace Sightline.Storage.Intake;

/// <summary>
/// A batch's events serialised once, with repeats of one source key folded together. Two
/// different events under one source key make the batch contradict itself, so it is rejected
/// before the database is touched.
/// </summary>
internal sealed record PreparedEvents(IReadOnlyList<PreparedEvent> Unique, int Repeats)
{
    public static PreparedEvents From(IReadOnlyList<SourcedEvent> events)
    {
        var byKey = new Dictionary<(string Agency, string SourceId), PreparedEvent>();
        var unique = new List<PreparedEvent>(events.Count);
        foreach (var (source, caseEvent) in events)
        {
            if (string.IsNullOrWhiteSpace(source.Agency.Value) || string.IsNullOrWhiteSpace(source.SourceId))
            {
                throw new BatchRejectedException($"Every event needs a source agency and a source id; a {caseEvent.Kind} on {caseEvent.Date:yyyy-MM-dd} has none.");
            }
            var prepared = new PreparedEvent(source.Agency.Value, source.SourceId, caseEvent, EventJson.Serialize(caseEvent));
            if (byKey.TryGetValue((prepared.SourceAgencyId, prepared.SourceId), out var earlier))
            {
                if (!SamePayload(earlier.Payload, prepared.Payload))
                {
                    throw Conflict(prepared, "twice in this batch");
                }
                continue;
            }
            byKey.Add((prepared.SourceAgencyId, prepared.SourceId), prepared);
            unique.Add(prepared);
        }
        return new PreparedEvents(unique, events.Count - unique.Count);
    }

    /// <summary>
    /// Whether two payloads state the same event. Compared as JSON, not text, so that a resend
    /// after a harmless change in how properties are ordered still counts as the same event.
    /// </summary>
    public static bool SamePayload(string first, string second) =>
        string.Equals(first, second, StringComparison.Ordinal)
        || JsonNode.DeepEquals(JsonNode.Parse(first), JsonNode.Parse(second));

    public static BatchRejectedException Conflict(PreparedEvent prepared, string where) =>
        new($"Source id '{prepared.SourceId}' of agency '{prepared.SourceAgencyId}' names two different events ({where}). "
            + "Events are never changed: a correction is a new event with its own source id.");
}
