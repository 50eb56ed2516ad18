namespace Sightline.Demo.Intake;

/// <summary>What <see cref="IntakeFiles"/> generates.</summary>
public sealed record IntakeFileOptions
{
    /// <summary>Rows of the events file.</summary>
    public int Rows { get; init; } = 1_000_000;

    /// <summary>Events per child (the last family may have fewer, to make <see cref="Rows"/> exactly).</summary>
    public int EventsPerChild { get; init; } = 20;

    /// <summary>The seed: the same options give the same files, byte for byte.</summary>
    public int Seed { get; init; } = 2026;

    /// <summary>No event is dated after this day.</summary>
    public DateOnly LastDay { get; init; } = new(2026, 10, 31);

    /// <summary>The number of families, each a mother and a baby, two in five with a father.</summary>
    public int Families => (Rows + EventsPerChild - 1) / EventsPerChild;
}
