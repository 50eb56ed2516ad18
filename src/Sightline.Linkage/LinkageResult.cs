using Sightline.Linkage.Blocking;
using Sightline.Linkage.Scoring;
using Sightline.Linkage.Training;

namespace Sightline.Linkage;

/// <summary>The outcome of a linkage run.</summary>
/// <param name="Model">The model used (trained in the run, or given).</param>
/// <param name="Blocking">How many candidate pairs each blocking rule yielded.</param>
/// <param name="CandidateCount">Candidate pairs scored.</param>
/// <param name="Pairs">Pairs at or above the threshold (after one-to-one assignment when asked), ordered by record indices.</param>
/// <param name="Clusters">Each record's cluster: the index of the cluster's first record.</param>
public sealed record LinkageResult(
    LinkageModel Model,
    IReadOnlyList<BlockingRuleCount> Blocking,
    long CandidateCount,
    IReadOnlyList<ScoredPair> Pairs,
    IReadOnlyList<int> Clusters);
