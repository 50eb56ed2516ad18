namespace Sightline.Web.Tests;

/// <summary>A clock that stands still until a test moves it, so break-glass expiry can be reached without waiting.</summary>
public sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset current = now;

    /// <summary>Monday 23 November 2026, 10:00 in London (GMT).</summary>
    public static DateTimeOffset Monday { get; } = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => current;

    public void Advance(TimeSpan by) => current += by;

    public void Set(DateTimeOffset to) => current = to;
}
