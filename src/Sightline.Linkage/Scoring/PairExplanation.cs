namespace Sightline.Linkage.Scoring;

/// <summary>Why a pair scored what it did: the prior plus each comparison's weight.</summary>
/// <param name="LeftId">The left record's id.</param>
/// <param name="RightId">The right record's id.</param>
/// <param name="PriorWeight">log2 of the prior odds.</param>
/// <param name="Evidence">Each comparison's level and weight.</param>
/// <param name="TotalWeight">Prior weight plus every comparison's weight and adjustment.</param>
/// <param name="Probability">The match probability, 1 / (1 + 2^−total).</param>
public sealed record PairExplanation(string LeftId, string RightId, double PriorWeight, IReadOnlyList<ComparisonEvidence> Evidence, double TotalWeight, double Probability);
