using Sightline.Linkage.Blocking;
using Sightline.Linkage.Comparisons;

namespace Sightline.Linkage.Training;

/// <summary>
/// Unsupervised training: u from random pairs (almost all non-matches), m by
/// expectation–maximisation over the blocked pairs, and the prior from EM's share of matches
/// among blocked pairs scaled to all comparable pairs.
/// </summary>
internal static class Trainer
{
    private const double Floor = 1e-6;

    public static LinkageModel Train(PreparedComparison[] comparisons, RecordTable table, CandidatePairs pairs, LinkageSettings settings, Action<string>? progress)
    {
        if (pairs.Count == 0)
        {
            throw new LinkageSettingsException("blocking", "the blocking rules found no candidate pairs to train on.");
        }
        var u = EstimateU(comparisons, table, settings, out var uPairs);
        progress?.Invoke($"training: u from {uPairs:N0} random pairs");
        var patterns = PatternCounts.Count(comparisons, pairs, settings.EmSamplePairs);
        var (m, share, iterations) = ExpectationMaximisation(comparisons, patterns, u, settings.MaxIterations, settings.EmFitsU);
        progress?.Invoke($"training: m by EM over {patterns.Total:N0} blocked pairs ({patterns.Counts.Length:N0} patterns), {iterations} iterations, {share:P2} of blocked pairs match");
        if (share > 0.99 || share < 1e-5)
        {
            // Degenerate: one class took (almost) everything, so m is just the blocked pairs' mix.
            progress?.Invoke("training: EM put nearly every blocked pair in one class; the blocking rules may be too broad for fixed u — consider training.em_fits_u");
        }
        var prior = Math.Clamp(share * pairs.Count / pairs.ComparablePairs, 1e-12, 0.5);
        var parameters = comparisons.Select((c, k) => new ComparisonParameters(c.Spec.Name,
            Enumerable.Range(0, c.LevelCount).Select(l => new LevelParameters(c.LevelLabel(l), m[k][l], u[k][l])).ToArray())).ToArray();
        return new LinkageModel(prior, parameters)
        {
            Training = new TrainingSummary(pairs.Count, pairs.ComparablePairs, patterns.Total, uPairs, iterations, share),
        };
    }

    /// <summary>Level frequencies over random comparable pairs, with add-one smoothing so no u is zero.</summary>
    internal static double[][] EstimateU(PreparedComparison[] comparisons, RecordTable table, LinkageSettings settings, out long sampled)
    {
        var n = table.Count;
        var link = table.SourceCount > 1;
        var sources = table.Sources as int[] ?? [.. table.Sources];
        var wanted = Math.Max(1000, settings.USamplePairs);
        const int chunk = 1 << 15;
        var chunks = (wanted + chunk - 1) / chunk;
        var totals = comparisons.Select(c => new long[c.LevelCount]).ToArray();
        var gate = new object();
        Parallel.For(0, chunks, () => comparisons.Select(c => new long[c.LevelCount]).ToArray(), (c, _, local) =>
        {
            // One seeded generator per chunk: the sample is the same however threads are scheduled.
            var random = new Random(unchecked((settings.Seed * 1_000_003) + c));
            var size = Math.Min(chunk, wanted - (c * chunk));
            for (var s = 0; s < size; s++)
            {
                int a, b;
                do
                {
                    a = random.Next(n);
                    b = random.Next(n);
                }
                while (a == b || (link && sources[a] == sources[b]));
                for (var k = 0; k < comparisons.Length; k++)
                {
                    var level = comparisons[k].Level(a, b);
                    if (level >= 0)
                    {
                        local[k][level]++;
                    }
                }
            }
            return local;
        }, local =>
        {
            lock (gate)
            {
                for (var k = 0; k < totals.Length; k++)
                {
                    for (var l = 0; l < totals[k].Length; l++)
                    {
                        totals[k][l] += local[k][l];
                    }
                }
            }
        });
        sampled = wanted;
        return totals.Select(t =>
        {
            var sum = t.Sum() + t.Length;
            return t.Select(x => (x + 1.0) / sum).ToArray();
        }).ToArray();
    }

    /// <summary>
    /// EM over pattern counts with a two-class mixture. By default u stays at the random sample's
    /// values (as in Splink), which anchors the non-match class: correlated fields such as
    /// postcode and street cannot then form a "moved house" class of their own. With
    /// <paramref name="fitU"/> a blocked-pairs u is fitted as well and discarded afterwards —
    /// better when broad blocking rules yield many non-matches that agree on the blocked column.
    /// </summary>
    internal static (double[][] M, double Share, int Iterations) ExpectationMaximisation(
        PreparedComparison[] comparisons, PatternCounts patterns, double[][] uRandom, int maxIterations, bool fitU)
    {
        var k = comparisons.Length;
        var m = comparisons.Select(c => InitialM(c.LevelCount)).ToArray();
        var ub = uRandom.Select(x => (double[])x.Clone()).ToArray();
        var share = 0.1;
        var iterations = 0;
        var levels = patterns.Levels;
        var counts = patterns.Counts;
        var matchWeight = new double[levels.Length];
        for (; iterations < maxIterations; iterations++)
        {
            // E step: the probability that each pattern is a match.
            for (var p = 0; p < levels.Length; p++)
            {
                double lm = share, lu = 1 - share;
                for (var c = 0; c < k; c++)
                {
                    var level = levels[p][c];
                    if (level >= 0)
                    {
                        lm *= m[c][level];
                        lu *= ub[c][level];
                    }
                }
                matchWeight[p] = lm / (lm + lu);
            }
            // M step: weighted level frequencies in each class.
            var newM = comparisons.Select(c => new double[c.LevelCount]).ToArray();
            var newU = comparisons.Select(c => new double[c.LevelCount]).ToArray();
            double matches = 0, all = 0;
            for (var p = 0; p < levels.Length; p++)
            {
                var w = matchWeight[p] * counts[p];
                var v = (1 - matchWeight[p]) * counts[p];
                matches += w;
                all += counts[p];
                for (var c = 0; c < k; c++)
                {
                    var level = levels[p][c];
                    if (level >= 0)
                    {
                        newM[c][level] += w;
                        newU[c][level] += v;
                    }
                }
            }
            var change = Math.Abs(share - (matches / all));
            share = Math.Clamp(matches / all, Floor, 1 - Floor);
            for (var c = 0; c < k; c++)
            {
                change = Math.Max(change, Normalise(newM[c], m[c]));
                if (fitU)
                {
                    Normalise(newU[c], ub[c]);
                }
            }
            if (change < 1e-7)
            {
                iterations++;
                break;
            }
        }
        return (m, share, iterations);
    }

    private static double[] InitialM(int levels)
    {
        // Matches mostly agree at the strongest level; the rest is spread over the others.
        var m = new double[levels];
        m[0] = 0.9;
        for (var l = 1; l < levels; l++)
        {
            m[l] = 0.1 / (levels - 1);
        }
        return m;
    }

    private static double Normalise(double[] weights, double[] into)
    {
        var sum = weights.Sum();
        var change = 0.0;
        for (var l = 0; l < weights.Length; l++)
        {
            var value = sum > 0 ? Math.Max(Floor, weights[l] / sum) : into[l];
            change = Math.Max(change, Math.Abs(value - into[l]));
            into[l] = value;
        }
        return change;
    }
}
