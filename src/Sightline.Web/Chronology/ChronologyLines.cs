using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Web.Presentation;

namespace Sightline.Web.Chronology;

/// <summary>A folded case's multi-agency chronology, newest first: the child's page and its exports read the same lines.</summary>
internal static class ChronologyLines
{
    public static IReadOnlyList<ChronologyEntry> Of(CaseState state, CaseNames names)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(names);
        return state.History
            .Reverse()
            .Select(r => new ChronologyEntry(
                r.Event.Date,
                r.Event.Agency,
                names.Agency(r.Event.Agency),
                EventKinds.KindOf(r.Event.GetType()),
                EventSignificance.Of(r.Event),
                EventWording.Describe(r.Event, names),
                names.Persons(r.Event.Subjects),
                r.Event.Note))
            .ToList();
    }
}
