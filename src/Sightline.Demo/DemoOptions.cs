namespace Sightline.Demo;

/// <summary>What to generate: the seed that fixes every choice, how many families, and the area's "now".</summary>
public sealed record DemoOptions
{
    /// <summary>The most families one run may ask for: the NHS test range gives each run 500,000 numbers.</summary>
    public const int MaxFamilies = 50_000;

    /// <summary>The seed. The same options always give the same area, on any machine.</summary>
    public int Seed { get; init; } = 2026;

    /// <summary>How many families to generate (1 to <see cref="MaxFamilies"/>).</summary>
    public int Families { get; init; } = 300;

    /// <summary>
    /// The area's today: every history runs up to it, from two to three years before. The CLI passes
    /// the real date; tests pass a fixed one, so that output does not depend on when they run.
    /// </summary>
    public required DateOnly Today { get; init; }
}
