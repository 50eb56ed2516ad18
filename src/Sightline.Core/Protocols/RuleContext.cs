using Sightline.Core.Calendar;
using Sightline.Core.Cases;

namespace Sightline.Core.Protocols;

/// <summary>What a rule may see: the case state, the day, the working-day calendar and the partnership's settings.</summary>
/// <param name="State">The case state after the event (or at the end of the day).</param>
/// <param name="Today">The day being decided.</param>
/// <param name="Calendar">Working days in England and Wales.</param>
/// <param name="Settings">The partnership's thresholds and choices.</param>
public sealed record RuleContext(CaseState State, DateOnly Today, WorkingDayCalendar Calendar, ProtocolSettings Settings)
{
    /// <summary>True when the day is being closed (its events are all in), false while its events arrive.</summary>
    public bool IsEndOfDay { get; init; }

    /// <summary>
    /// Whether an obligation is being judged at its deadline: the end of its due day or later.
    /// A condition "at the deadline" (the child at home, the adult still in the household) is read
    /// only then, so whatever happens earlier that day counts.
    /// </summary>
    public bool IsAtDeadline(Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return IsEndOfDay ? Today >= obligation.DueOn : Today > obligation.DueOn;
    }

    /// <summary>The day a timescale counted from <paramref name="start"/> falls due.</summary>
    public DateOnly Due(Timescale timescale, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(timescale);
        return timescale.DueFrom(start, Calendar);
    }
}
