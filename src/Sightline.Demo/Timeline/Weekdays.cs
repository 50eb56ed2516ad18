namespace Sightline.Demo.Timeline;

/// <summary>
/// Office days for the agencies' planned work (visits, meetings, conferences). Bank holidays are
/// not modelled: deadlines in well-run cases are met with days to spare, so a bank holiday cannot
/// push a well-run case over one.
/// </summary>
internal static class Weekdays
{
    /// <summary>The day itself when a weekday, else the Monday after.</summary>
    public static DateOnly OnOrAfter(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    /// <summary>The <paramref name="count"/>-th weekday after <paramref name="day"/> (the day itself not counted).</summary>
    public static DateOnly Add(DateOnly day, int count)
    {
        var current = day;
        for (var added = 0; added < count;)
        {
            current = current.AddDays(1);
            if (current.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                added++;
            }
        }
        return current;
    }
}
