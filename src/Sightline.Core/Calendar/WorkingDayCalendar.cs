using System.Collections.Frozen;

namespace Sightline.Core.Calendar;

/// <summary>
/// Working days: Monday to Friday, less bank holidays. Deadlines in safeguarding guidance are
/// counted in working days, and a deadline that silently lands on a bank holiday raises alerts a
/// day early, so the calendar only answers for the years whose holidays it was given.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class WorkingDayCalendar
{
    // Loaded on first use rather than in a static constructor, so that a fault in the shipped data
    // surfaces as its own FormatException and does not break calendars built from other data.
    private static readonly Lazy<WorkingDayCalendar> EnglandAndWalesCalendar = new(BankHolidayFile.LoadEnglandAndWales);

    private readonly FrozenDictionary<DateOnly, BankHoliday> holidaysByDate;

    // The day numbers of every working day in the covered years, ascending: counting and adding
    // working days become binary searches instead of day-by-day walks.
    private readonly int[] workingDays;

    /// <summary>A calendar that treats the given holidays as non-working days in the given years.</summary>
    /// <param name="holidays">Every bank holiday in <paramref name="covers"/>, each date once.</param>
    /// <param name="covers">The years the holidays are complete for; other dates are refused.</param>
    /// <exception cref="ArgumentException">A holiday is outside <paramref name="covers"/>, or a date is given twice.</exception>
    public WorkingDayCalendar(IEnumerable<BankHoliday> holidays, YearRange covers)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(covers);
        var byDate = new Dictionary<DateOnly, BankHoliday>();
        foreach (var holiday in holidays)
        {
            ArgumentNullException.ThrowIfNull(holiday, nameof(holidays));
            if (!covers.Contains(holiday.Date))
                throw new ArgumentException($"The holiday {holiday.Name} on {holiday.Date:yyyy-MM-dd} is outside the years {covers}.", nameof(holidays));
            if (!byDate.TryAdd(holiday.Date, holiday))
                throw new ArgumentException($"Two holidays fall on {holiday.Date:yyyy-MM-dd}.", nameof(holidays));
        }
        Covers = covers;
        holidaysByDate = byDate.ToFrozenDictionary();
        Holidays = [.. byDate.Values.OrderBy(h => h.Date)];
        workingDays = [.. Days(covers).Where(d => IsWeekday(d) && !holidaysByDate.ContainsKey(d)).Select(d => d.DayNumber)];
    }

    /// <summary>England and Wales, from the bank holiday data shipped with Sightline (read once).</summary>
    public static WorkingDayCalendar EnglandAndWales => EnglandAndWalesCalendar.Value;

    /// <summary>The years this calendar can answer for.</summary>
    public YearRange Covers { get; }

    /// <summary>The bank holidays in <see cref="Covers"/>, in date order.</summary>
    public IReadOnlyList<BankHoliday> Holidays { get; }

    /// <summary>Whether the date is a weekday that is not a bank holiday.</summary>
    /// <exception cref="DateOutsideCalendarException">The date is outside <see cref="Covers"/>.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date, nameof(date));
        return IsWeekday(date) && !holidaysByDate.ContainsKey(date);
    }

    /// <summary>The bank holiday on the date, or null when there is none.</summary>
    /// <exception cref="DateOutsideCalendarException">The date is outside <see cref="Covers"/>.</exception>
    public BankHoliday? HolidayOn(DateOnly date)
    {
        EnsureCovered(date, nameof(date));
        return holidaysByDate.GetValueOrDefault(date);
    }

    /// <summary>
    /// The <paramref name="n"/>th working day after <paramref name="from"/>; <paramref name="from"/>
    /// itself is not counted, whether or not it is a working day. With <paramref name="n"/> = 0 it
    /// is <paramref name="from"/>. This is the deadline of "within N working days after X".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    /// <exception cref="DateOutsideCalendarException"><paramref name="from"/> is outside <see cref="Covers"/>, or the
    /// deadline would fall after its last year.</exception>
    public DateOnly AddWorkingDays(DateOnly from, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        EnsureCovered(from, nameof(from));
        if (n == 0)
            return from;
        var next = CountUpTo(from); // the index of the first working day after from
        if (n > workingDays.Length - next)
            throw new DateOutsideCalendarException(nameof(n), from, Covers);
        return DateOnly.FromDayNumber(workingDays[next + n - 1]);
    }

    /// <summary>
    /// The number of working days after <paramref name="from"/> up to and including
    /// <paramref name="to"/>, so that a deadline <c>AddWorkingDays(from, n)</c> is reached when this
    /// count is <c>n</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="DateOutsideCalendarException">A date is outside <see cref="Covers"/>.</exception>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        EnsureCovered(from, nameof(from));
        EnsureCovered(to, nameof(to));
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        return CountUpTo(to) - CountUpTo(from);
    }

    /// <summary>The number of covered working days on or before the date.</summary>
    private int CountUpTo(DateOnly date)
    {
        var index = Array.BinarySearch(workingDays, date.DayNumber);
        return index >= 0 ? index + 1 : ~index;
    }

    private void EnsureCovered(DateOnly date, string paramName)
    {
        if (!Covers.Contains(date))
            throw new DateOutsideCalendarException(paramName, date, Covers);
    }

    private static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static IEnumerable<DateOnly> Days(YearRange years)
    {
        // Day numbers rather than AddDays, which would overflow after 31 December 9999.
        for (var day = years.FirstDay.DayNumber; day <= years.LastDay.DayNumber; day++)
            yield return DateOnly.FromDayNumber(day);
    }
}
