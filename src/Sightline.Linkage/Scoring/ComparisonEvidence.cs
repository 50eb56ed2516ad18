namespace Sightline.Linkage.Scoring;

/// <summary>What one comparison said about a pair.</summary>
/// <param name="Comparison">The comparison's name.</param>
/// <param name="Level">The level the values agreed at ("missing" when either was absent).</param>
/// <param name="LeftValue">The left record's normalised value.</param>
/// <param name="RightValue">The right record's normalised value.</param>
/// <param name="Weight">log2(m/u) of the level; 0 when missing.</param>
/// <param name="TermFrequencyAdjustment">Extra weight for agreeing on a rare value (negative for a common one).</param>
public sealed record ComparisonEvidence(string Comparison, string Level, string? LeftValue, string? RightValue, double Weight, double TermFrequencyAdjustment);
