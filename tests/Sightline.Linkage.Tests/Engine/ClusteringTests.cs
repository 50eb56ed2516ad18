using Sightline.Linkage.Clustering;
using Sightline.Linkage.Evaluation;
using Sightline.Linkage.Scoring;

namespace Sightline.Linkage.Tests.Engine;

public sealed class ClusteringTests
{
    [Fact]
    public void Pairs_above_the_threshold_join_records_transitively()
    {
        ScoredPair[] pairs = [new(0, 1, 0.99), new(1, 2, 0.95), new(3, 4, 0.5), new(4, 5, 0.97)];
        var clusters = Clusters.FromPairs(7, pairs, 0.9);
        Assert.Equal(new[] { 0, 0, 0, 3, 4, 4, 6 }, clusters);
    }

    [Fact]
    public void Cluster_metrics_count_implied_pairs()
    {
        // Truth: {0,1,2} {3}; predicted {0,1} {2,3}: implied pairs 01 (right), 23 (wrong); missed 02, 12.
        var metrics = LinkageEvaluation.OfClusters([0, 0, 2, 2], ["a", "a", "a", "b"], [0, 0, 0, 0], link: false);
        Assert.Equal(new PairMetrics(1, 1, 2), metrics);
        Assert.Equal(0.5, metrics.Precision);
        Assert.Equal(1.0 / 3, metrics.Recall, 10);
    }

    [Fact]
    public void Link_metrics_ignore_pairs_within_one_source()
    {
        var metrics = LinkageEvaluation.OfClusters([0, 0, 0], ["a", "a", "a"], [0, 0, 1], link: true);
        Assert.Equal(new PairMetrics(2, 0, 0), metrics);
    }

    [Fact]
    public void One_to_one_keeps_the_best_partner_in_each_other_source()
    {
        ScoredPair[] pairs = [new(0, 2, 0.95), new(0, 3, 0.99), new(1, 3, 0.97), new(1, 2, 0.9), new(0, 4, 0.92)];
        var kept = OneToOne.Assign(pairs, [0, 0, 1, 1, 2]);
        Assert.Equal(new[] { new ScoredPair(0, 3, 0.99), new ScoredPair(0, 4, 0.92), new ScoredPair(1, 2, 0.9) }, kept);
    }
}
