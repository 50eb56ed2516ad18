namespace Sightline.Benchmarks;

/// <summary>A clock that stands still, so the site's scheduler finds no day closing while pages are timed.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
