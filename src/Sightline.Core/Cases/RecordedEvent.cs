using Sightline.Core.Events;

namespace Sightline.Core.Cases;

/// <summary>An event in the order it was applied: <see cref="Sequence"/> settles same-day order.</summary>
/// <param name="Sequence">Position in the case's history, from 0.</param>
/// <param name="Event">The event.</param>
/// <param name="Id">
/// A stable identity for the event (its source, when stored), so that an alert it triggers keeps
/// its identity when the history is folded again with a late, back-dated event inserted before it.
/// </param>
public sealed record RecordedEvent(int Sequence, CaseEvent Event, string Id);
