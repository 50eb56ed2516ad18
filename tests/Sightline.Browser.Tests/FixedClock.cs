namespace Sightline.Browser.Tests;

/// <summary>A clock that stands still, so "today", ages and overdue alerts are the same on every run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Monday 23 November 2026, 10:00 in London (GMT).</summary>
    public static DateTimeOffset Monday { get; } = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;
}
