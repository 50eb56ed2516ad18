using Sightline.Linkage.Comparisons;
using Sightline.Linkage.Training;

namespace Sightline.Linkage.Tests.Engine;

public sealed class ExpectationMaximisationTests
{
    private static readonly double[][] TrueM = [[0.85, 0.1, 0.05], [0.7, 0.3], [0.9, 0.06, 0.04]];
    private static readonly double[][] TrueU = [[0.02, 0.08, 0.9], [0.1, 0.9], [0.05, 0.15, 0.8]];
    private const double Share = 0.3;

    [Fact]
    public void EM_recovers_known_m_and_match_share_from_a_constructed_mixture()
    {
        var comparisons = TrueM.Select((m, k) => PreparedComparison.Create(
            new ComparisonSpec($"c{k}", "v", ComparisonType.Text, Enumerable.Repeat("exact", m.Length - 1).ToArray()),
            Tables.Column("v", "a"), $"comparisons[{k}]")).ToArray();
        var levels = new List<sbyte[]>();
        var counts = new List<long>();
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 2; b++)
            {
                for (var c = 0; c < 3; c++)
                {
                    var p = (Share * TrueM[0][a] * TrueM[1][b] * TrueM[2][c]) + ((1 - Share) * TrueU[0][a] * TrueU[1][b] * TrueU[2][c]);
                    levels.Add([(sbyte)a, (sbyte)b, (sbyte)c]);
                    counts.Add((long)Math.Round(p * 10_000_000));
                }
            }
        }
        // Start u from a deliberately wrong guess: EM must fit it too.
        double[][] uStart = [[0.1, 0.1, 0.8], [0.2, 0.8], [0.1, 0.1, 0.8]];
        var (m, share, iterations) = Trainer.ExpectationMaximisation(comparisons, new PatternCounts([.. levels], [.. counts]), uStart, 2000, fitU: true);
        Assert.Equal(Share, share, 3);
        for (var k = 0; k < TrueM.Length; k++)
        {
            for (var l = 0; l < TrueM[k].Length; l++)
            {
                Assert.Equal(TrueM[k][l], m[k][l], 2);
            }
        }
        Assert.True(iterations > 1);
    }

    [Fact]
    public void Missing_levels_carry_no_evidence_in_EM()
    {
        var comparisons = new[] { PreparedComparison.Create(new ComparisonSpec("c", "v", ComparisonType.Text, ["exact"]), Tables.Column("v", "a"), "c") };
        var patterns = new PatternCounts([[0], [1], [-1]], [300, 700, 1_000_000]);
        var (m, share, _) = Trainer.ExpectationMaximisation(comparisons, patterns, [[0.01, 0.99]], 200, fitU: false);
        Assert.True(m[0][0] > 0.5);
        Assert.InRange(share, 0, 1);
    }
}
