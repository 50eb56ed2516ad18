namespace Sightline.Storage.Protocols;

/// <summary>
/// The calendar day in England for an instant: deadlines and "end of the day" are English days,
/// whatever zone the server runs in.
/// </summary>
public static class SafeguardingDay
{
    private static readonly TimeZoneInfo England = FindEngland();

    /// <summary>Today in England by the given clock.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), England).DateTime);
    }

    private static TimeZoneInfo FindEngland()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without tz data: UTC is at most an hour off, in summer.
            return TimeZoneInfo.Utc;
        }
    }
}
