using Sightline.Core.Events;

namespace Sightline.Storage.Queries;

/// <summary>An event as the log holds it.</summary>
/// <param name="Sequence">Its position in the log, given by the database; orders events of one day.</param>
/// <param name="Source">The sending agency and its id for the event: the event's identity.</param>
/// <param name="Event">The fact, read back from its stored payload.</param>
/// <param name="RecordedAt">When Sightline stored it.</param>
public sealed record StoredEvent(long Sequence, EventSource Source, CaseEvent Event, DateTimeOffset RecordedAt);
