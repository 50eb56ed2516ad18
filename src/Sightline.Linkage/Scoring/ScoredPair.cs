namespace Sightline.Linkage.Scoring;

/// <summary>A candidate pair and its match probability (record indices into the <see cref="RecordTable"/>).</summary>
/// <param name="Left">The left record's index (the smaller).</param>
/// <param name="Right">The right record's index.</param>
/// <param name="Probability">The posterior probability that both are the same person.</param>
public readonly record struct ScoredPair(int Left, int Right, double Probability);
