namespace Sightline.Core.Events;

/// <summary>An event together with the source that identifies it.</summary>
/// <param name="Source">The sending agency and its identifier for the event.</param>
/// <param name="Event">The fact recorded.</param>
public sealed record SourcedEvent(EventSource Source, CaseEvent Event);
