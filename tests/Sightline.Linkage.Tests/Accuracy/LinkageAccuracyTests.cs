using Xunit.Abstractions;

namespace Sightline.Linkage.Tests.Accuracy;

/// <summary>
/// The accuracy goals on ../shared/data/linkage (ground truth in its README), with the
/// configs shipped in docs/linkage. Without the shared data (a stand-alone checkout) each test
/// measures generated records of its own instead, so it still proves something.
/// </summary>
public sealed class LinkageAccuracyTests(AccuracyRuns runs, ITestOutputHelper output) : IClassFixture<AccuracyRuns>
{
    private static bool Shared => LinkageData.SharedData is not null;

    [Theory]
    [InlineData("dataset1.csv")]
    [InlineData("dataset2.csv")]
    [InlineData("dataset3.csv")]
    public void Febrl_deduplicates_with_pairwise_F1_of_at_least_0_996(string file)
    {
        var outcome = Shared ? runs.Get(file, () => AccuracyRuns.Febrl(file)) : runs.Get("synthetic", AccuracyRuns.Synthetic);
        output.WriteLine(outcome.ToString());
        Assert.True(outcome.Pairs.F1 >= (Shared ? 0.996 : 0.95), outcome.ToString());
    }

    [Fact]
    public void Fake_1000_clusters_with_F1_of_at_least_0_95()
    {
        var outcome = Shared ? runs.Get("fake_1000", AccuracyRuns.Fake1000) : runs.Get("synthetic", AccuracyRuns.Synthetic);
        output.WriteLine(outcome.ToString());
        Assert.True(outcome.Clusters.F1 >= 0.95, outcome.ToString());
    }

    [Fact]
    public void Pseudopeople_census_social_security_and_WIC_link_with_F1_of_at_least_0_95()
    {
        var outcome = Shared ? runs.Get("pseudopeople", AccuracyRuns.Pseudopeople) : runs.Get("synthetic", AccuracyRuns.Synthetic);
        output.WriteLine(outcome.ToString());
        Assert.True(outcome.Pairs.F1 >= 0.95, outcome.ToString());
    }
}
