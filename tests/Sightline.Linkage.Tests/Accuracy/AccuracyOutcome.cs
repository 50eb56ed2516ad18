using Sightline.Linkage.Evaluation;

namespace Sightline.Linkage.Tests.Accuracy;

/// <summary>One data set's accuracy: of the pairs at or above the threshold, and of the pairs its clusters imply.</summary>
public sealed record AccuracyOutcome(string DataSet, PairMetrics Pairs, PairMetrics Clusters, long Candidates, double BlockingRecall)
{
    public override string ToString() =>
        $"| {DataSet} | {Pairs.Precision:F4} | {Pairs.Recall:F4} | {Pairs.F1:F4} | {Clusters.Precision:F4} | {Clusters.Recall:F4} | {Clusters.F1:F4} | {Candidates:N0} | {BlockingRecall:F4} |";
}
