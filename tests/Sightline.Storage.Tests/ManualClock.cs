namespace Sightline.Storage.Tests;

/// <summary>A clock that stands still until moved, so recorded-at stamps are known in advance.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
