namespace Sightline.Linkage;

/// <summary>What to compare, how to find candidates and how to train.</summary>
/// <param name="Comparisons">The comparisons of the model (at most 16).</param>
/// <param name="BlockingRules">Candidate-pair rules, unioned.</param>
public sealed record LinkageSettings(IReadOnlyList<ComparisonSpec> Comparisons, IReadOnlyList<BlockingRule> BlockingRules)
{
    /// <summary>Pairs at or above this match probability are reported and clustered.</summary>
    public double Threshold { get; init; } = 0.9;

    /// <summary>When linking sources without internal duplicates: each record links at most one record of each other source.</summary>
    public bool OneToOne { get; init; }

    /// <summary>How many random pairs estimate the u probabilities.</summary>
    public int USamplePairs { get; init; } = 1_000_000;

    /// <summary>At most this many blocked pairs (an even sample of them) train m by EM.</summary>
    public int EmSamplePairs { get; init; } = 2_000_000;

    /// <summary>The most EM iterations.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>
    /// Whether EM also fits a u of its own over the blocked pairs (used only during EM), instead of
    /// holding u at the random sample's values. Helps when broad blocking rules pass many
    /// non-matches that agree on the blocked columns; hurts when correlated comparisons
    /// (postcode and street) would let EM mistake "moved house" for a class.
    /// </summary>
    public bool EmFitsU { get; init; }

    /// <summary>Seed of the random sampling, so a training run can be repeated exactly.</summary>
    public int Seed { get; init; } = 42;
}
