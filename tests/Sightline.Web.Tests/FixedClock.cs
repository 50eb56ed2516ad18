namespace Sightline.Web.Tests;

/// <summary>A clock that stands still, so "today", ages and overdue marks are known in advance.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Monday 23 November 2026, mid-morning in London.</summary>
    public static FixedClock Monday { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
