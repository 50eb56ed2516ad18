namespace Sightline.Storage.Audit;

/// <summary>
/// Instants as both engines store them alike: UTC, to the whole microsecond. PostgreSQL keeps
/// microseconds, so a tick more would be lost on the way in and an entry's hash, taken over the
/// instant, would no longer match what is read back.
/// </summary>
internal static class StoredTime
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>Now by the clock, as it will read back from either engine.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => Truncate(clock.GetUtcNow());

    /// <summary>The instant in UTC, cut to the microsecond.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TicksPerMicrosecond), TimeSpan.Zero);
    }
}
