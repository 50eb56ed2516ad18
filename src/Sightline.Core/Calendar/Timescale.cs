using System.Globalization;

namespace Sightline.Core.Calendar;

/// <summary>
/// A deadline rule from the guidance, e.g. "within 15 working days" of a move: the protocols hold
/// one per obligation so that a deployment can change the threshold without changing the rule.
/// </summary>
/// <remarks>
/// The properties have no setters, so <c>with</c> cannot bypass the checks of the factory methods.
/// </remarks>
public sealed record Timescale
{
    private Timescale(int count, TimescaleUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Count = count;
        Unit = unit;
    }

    /// <summary>How many units.</summary>
    public int Count { get; }

    /// <summary>What is counted.</summary>
    public TimescaleUnit Unit { get; }

    /// <summary>"Within <paramref name="n"/> working days": the <paramref name="n"/>th working day after the start.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static Timescale WorkingDays(int n) => new(n, TimescaleUnit.WorkingDays);

    /// <summary>"Within <paramref name="n"/> days": the start plus <paramref name="n"/> calendar days.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static Timescale Days(int n) => new(n, TimescaleUnit.Days);

    /// <summary>"Within <paramref name="n"/> months": the same day of the month <paramref name="n"/> months later, clamped to the month's end.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static Timescale Months(int n) => new(n, TimescaleUnit.Months);

    /// <summary>
    /// The deadline for something that must happen within this timescale of <paramref name="start"/>.
    /// Something done on the deadline day is in time; it is overdue at the end of that day.
    /// </summary>
    /// <param name="start">The day of the event the timescale runs from (not itself counted).</param>
    /// <param name="calendar">The working days, used only by <see cref="TimescaleUnit.WorkingDays"/>.</param>
    /// <exception cref="DateOutsideCalendarException">A working-day deadline falls outside the calendar's years.</exception>
    public DateOnly DueFrom(DateOnly start, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit switch
        {
            TimescaleUnit.WorkingDays => calendar.AddWorkingDays(start, Count),
            TimescaleUnit.Days => start.AddDays(Count),
            TimescaleUnit.Months => CalendarMonths.Add(start, Count),
            _ => throw new InvalidOperationException($"Unknown timescale unit {Unit}."),
        };
    }

    /// <summary>The timescale as the guidance words it, e.g. <c>within 15 working days</c>, <c>within 1 month</c>.</summary>
    public override string ToString()
    {
        var noun = Unit switch
        {
            TimescaleUnit.WorkingDays => Count == 1 ? "working day" : "working days",
            TimescaleUnit.Days => Count == 1 ? "day" : "days",
            TimescaleUnit.Months => Count == 1 ? "month" : "months",
            _ => Unit.ToString(),
        };
        return string.Create(CultureInfo.InvariantCulture, $"within {Count} {noun}");
    }
}
