using System.Globalization;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Demo.Timeline;

/// <summary>
/// The events of one family as the tracks write them. Tracks write in any order; the timeline
/// puts them in date order, keeping the order of writing within a day, so a track that runs
/// first (moves, births) comes first on a shared day. Nothing after <see cref="End"/> is kept:
/// histories stop at today, or at the incident that ends a review family's story.
/// </summary>
internal sealed class FamilyTimeline(string familyId, DateOnly end)
{
    private readonly List<CaseEvent> _events = [];

    /// <summary>The last day an event may fall on.</summary>
    public DateOnly End { get; private set; } = end;

    /// <summary>Records an event, unless it falls after the end of the story.</summary>
    public void Add(CaseEvent caseEvent)
    {
        if (caseEvent.Date <= End)
        {
            _events.Add(caseEvent);
        }
    }

    /// <summary>Ends the story earlier, dropping anything already written after the new end.</summary>
    public void EndOn(DateOnly day)
    {
        if (day < End)
        {
            End = day;
            _events.RemoveAll(e => e.Date > day);
        }
    }

    /// <summary>
    /// Agencies that recorded an event about any of <paramref name="persons"/> from
    /// <paramref name="from"/> to <paramref name="to"/>: whom a strategy discussion must invite.
    /// </summary>
    public IReadOnlyList<AgencyId> AgenciesRecordingAbout(IReadOnlySet<PersonId> persons, DateOnly from, DateOnly to)
    {
        var found = new List<AgencyId>();
        foreach (var e in _events)
        {
            if (e.Date >= from && e.Date <= to && !found.Contains(e.Agency) && e.Subjects.Any(persons.Contains))
            {
                found.Add(e.Agency);
            }
        }
        return found;
    }

    /// <summary>The events in date order, each with its source: the recording agency and <c>family#n</c>.</summary>
    public IReadOnlyList<SourcedEvent> Sourced()
    {
        var ordered = _events.Select((e, i) => (Event: e, Order: i)).OrderBy(p => p.Event.Date).ThenBy(p => p.Order);
        var sourced = new List<SourcedEvent>(_events.Count);
        foreach (var (e, _) in ordered)
        {
            var sourceId = string.Create(CultureInfo.InvariantCulture, $"{familyId}#{sourced.Count + 1}");
            sourced.Add(new SourcedEvent(new EventSource(e.Agency, sourceId), e));
        }
        return sourced;
    }
}
