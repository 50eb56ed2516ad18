using Sightline.Core.Events;

namespace Sightline.Core.Cases;

/// <summary>An event in the order it was applied: <see cref="Sequence"/> settles same-day order.</summary>
/// <param name="Sequence">Position in the case's history, from 0.</param>
/// <param name="Event">The event.</param>
public sealed record RecordedEvent(int Sequence, CaseEvent Event);
