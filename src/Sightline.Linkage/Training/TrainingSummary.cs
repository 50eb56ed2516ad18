namespace Sightline.Linkage.Training;

/// <summary>How a model was trained, for the record.</summary>
/// <param name="CandidatePairs">Blocked pairs.</param>
/// <param name="ComparablePairs">All pairs that could be compared without blocking.</param>
/// <param name="EmPairs">Blocked pairs EM trained on (all, or an even sample).</param>
/// <param name="USamplePairs">Random pairs that estimated u.</param>
/// <param name="Iterations">EM iterations until convergence.</param>
/// <param name="BlockedMatchShare">EM's estimate of the share of blocked pairs that match.</param>
public sealed record TrainingSummary(long CandidatePairs, long ComparablePairs, long EmPairs, long USamplePairs, int Iterations, double BlockedMatchShare);
