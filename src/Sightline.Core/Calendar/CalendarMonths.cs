namespace Sightline.Core.Calendar;

/// <summary>Calendar-month arithmetic as the guidance means it ("within N months").</summary>
public static class CalendarMonths
{
    /// <summary>
    /// The same day of the month <paramref name="months"/> months later (earlier when negative);
    /// where that month has no such day, its last day: 31 January + 1 month is 28 February, or
    /// 29 February in a leap year. Working days play no part.
    /// </summary>
    /// <remarks>
    /// <see cref="DateOnly.AddMonths"/> already clamps to the month's last day; this names the rule
    /// so that protocol code says which convention it relies on, and the tests pin it down.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the years 1–9999.</exception>
    public static DateOnly Add(DateOnly date, int months) => date.AddMonths(months);
}
