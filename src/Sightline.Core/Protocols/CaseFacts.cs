using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols;

/// <summary>Readings of the case state that several rules share, so that they read it the same way.</summary>
public static class CaseFacts
{
    /// <summary>
    /// Not independently mobile: recorded as non-mobile or rolling, or with no recorded mobility
    /// and younger than the setting's age (183 days by default).
    /// </summary>
    public static bool IsNotIndependentlyMobile(CaseState state, PersonId child, DateOnly on, ProtocolSettings settings)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(settings);
        if (!state.IsBornChild(child))
        {
            return false;
        }
        return state.RecordedMobility(child) switch
        {
            Mobility.NonMobile or Mobility.Rolling => true,
            null => state.AgeInDays(child, on) < settings.NonMobileBelowAgeDays,
            _ => false,
        };
    }

    /// <summary>The child's active child-protection or pre-birth plan, if any.</summary>
    public static PlanRecord? ActiveProtectionPlan(CaseState state, PersonId child)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var plan in state.PlansOf(child))
        {
            if (plan.IsActive && plan.IsProtection)
            {
                return plan;
            }
        }
        return null;
    }

    /// <summary>The child's active plan of any of these types, if any.</summary>
    public static PlanRecord? ActivePlan(CaseState state, PersonId child, params ReadOnlySpan<PlanType> types)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var plan in state.PlansOf(child))
        {
            if (plan.IsActive && types.IndexOf(plan.Type) >= 0)
            {
                return plan;
            }
        }
        return null;
    }

    /// <summary>Events of a kind about the person, in order.</summary>
    public static IEnumerable<(RecordedEvent Recorded, T Event)> EventsAbout<T>(CaseState state, PersonId person) where T : CaseEvent
    {
        ArgumentNullException.ThrowIfNull(state);
        // Every event record is sealed, so the state's index by exact type holds them all; the
        // whole of the person's events are read only for a kind that others could derive from.
        var events = typeof(T).IsSealed ? state.EventsAbout(person, typeof(T)) : state.EventsAbout(person);
        return events.Where(r => r.Event is T).Select(r => (r, (T)r.Event));
    }

    /// <summary>
    /// The latest event of a kind about the person that matches, looking back from the newest;
    /// null when none does. Cheaper than scanning forwards for the last match, as rules asking
    /// "when was the child last seen" do after every event.
    /// </summary>
    public static (RecordedEvent Recorded, T Event)? LatestAbout<T>(CaseState state, PersonId person, Func<RecordedEvent, T, bool> matches) where T : CaseEvent
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(matches);
        var events = typeof(T).IsSealed ? state.EventsAbout(person, typeof(T)) : state.EventsAbout(person);
        for (var i = events.Count - 1; i >= 0; i--)
        {
            if (events[i].Event is T e && matches(events[i], e))
            {
                return (events[i], e);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether an event of a kind recorded after the one at <paramref name="afterSequence"/>
    /// matches: read back from the newest, stopping at that event, so the cost is the events since.
    /// </summary>
    public static bool AnySince<T>(IReadOnlyList<RecordedEvent> events, int afterSequence, Func<T, bool> matches) where T : CaseEvent
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(matches);
        for (var i = events.Count - 1; i >= 0 && events[i].Sequence > afterSequence; i--)
        {
            if (events[i].Event is T e && matches(e))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether an event of a kind about the person, recorded after the one at <paramref name="afterSequence"/>, matches.</summary>
    public static bool AnyAboutSince<T>(CaseState state, PersonId person, int afterSequence, Func<T, bool> matches) where T : CaseEvent
    {
        ArgumentNullException.ThrowIfNull(state);
        var events = typeof(T).IsSealed ? state.EventsAbout(person, typeof(T)) : state.EventsAbout(person);
        return AnySince(events, afterSequence, matches);
    }

    /// <summary>Whether any event of a kind in the whole history, recorded after the one at <paramref name="afterSequence"/>, matches.</summary>
    public static bool AnyOfKindSince<T>(CaseState state, int afterSequence, Func<T, bool> matches) where T : CaseEvent
    {
        ArgumentNullException.ThrowIfNull(state);
        var events = typeof(T).IsSealed ? state.EventsOfKind(typeof(T)) : state.History;
        return AnySince(events, afterSequence, matches);
    }

    /// <summary>A child's age in words: "3-week-old", "4-month-old", "2-year-old".</summary>
    public static string AgeInWords(CaseState state, PersonId child, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.AgeInDays(child, on) is not { } days)
        {
            return "unborn";
        }
        return days switch
        {
            < 56 => $"{days / 7}-week-old",
            < 730 => $"{(int)(days / 30.4375)}-month-old",
            _ => $"{days / 365}-year-old",
        };
    }
}
