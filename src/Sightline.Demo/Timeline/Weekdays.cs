namespace Sightline.Demo.Timeline;

/// <summary>
/// Office days for the agencies' planned work (visits, meetings, conferences): Monday to Friday
/// except Christmas Day, Boxing Day and New Year's Day. Other bank holidays are not modelled:
/// deadlines in well-run cases are met with days to spare, so a bank holiday cannot push a
/// well-run case over one.
/// </summary>
internal static class Weekdays
{
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

    /// <summary>A weekday that is not Christmas Day, Boxing Day or New Year's Day.</summary>
    public static bool IsOfficeDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !(day is { Month: 12, Day: 25 or 26 } or { Month: 1, Day: 1 });

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
