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

    /// <summary>The run deciding, when a run is; it knows which alerts are raised and which clocks are open.</summary>
    internal CaseRun? Run { get; init; }

    /// <summary>
    /// Whether the run has raised an alert of this rule with this key. A run raises an alert once
    /// per key and ignores the same alert raised again, so a rule that re-checks a standing
    /// condition every day may skip building an alert it already raised. False outside a run.
    /// </summary>
    public bool HasRaised(string rule, string key) => Run?.HasRaised(rule, key) == true;

    /// <summary>
    /// Whether the run has a clock of this rule with this key open, or has raised its alert. A run
    /// ignores an obligation opened again under either condition, so a rule may skip building it.
    /// False outside a run.
    /// </summary>
    public bool IsOpenOrRaised(string rule, string key) => Run?.IsOpenOrRaised(rule, key) == true;

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
