using Sightline.Core.Calendar;

namespace Sightline.Demo.Timeline;

/// <summary>
/// Office days for the agencies' planned work (visits, meetings, conferences): the working days
/// of England and Wales where the calendar covers the date, and plain weekdays beyond it, so that
/// a demo generated after the calendar's last year still runs.
/// </summary>
internal static class Weekdays
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    /// <summary>The day itself when a weekday, else the Monday after.</summary>
    public static DateOnly OnOrAfter(DateOnly day)
    {
        var current = day;
        while (!IsOfficeDay(current))
        {
            current = current.AddDays(1);
        }
        return current;
    }

    /// <summary>A working day in England and Wales (a weekday, beyond the calendar's years).</summary>
    public static bool IsOfficeDay(DateOnly day) =>
        Calendar.Covers.Contains(day)
            ? Calendar.IsWorkingDay(day)
            : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The <paramref name="count"/>-th weekday after <paramref name="day"/> (the day itself not counted).</summary>
    public static DateOnly Add(DateOnly day, int count)
    {
        var current = day;
        for (var added = 0; added < count;)
        {
            current = current.AddDays(1);
            if (IsOfficeDay(current))
            {
                added++;
            }
        }
        return current;
    }
}
