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
        return state.ActivePlansOf(child).FirstOrDefault(p => p.IsProtection);
    }

    /// <summary>The child's active plan of any of these types, if any.</summary>
    public static PlanRecord? ActivePlan(CaseState state, PersonId child, params PlanType[] types)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.ActivePlansOf(child).FirstOrDefault(p => types.Contains(p.Type));
    }

    /// <summary>Events of a kind about the person, in order.</summary>
    public static IEnumerable<(RecordedEvent Recorded, T Event)> EventsAbout<T>(CaseState state, PersonId person) where T : CaseEvent
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.EventsAbout(person).Where(r => r.Event is T).Select(r => (r, (T)r.Event));
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
