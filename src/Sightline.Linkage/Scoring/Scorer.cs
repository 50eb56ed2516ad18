using Sightline.Linkage.Blocking;
using Sightline.Linkage.Comparisons;
using Sightline.Linkage.Training;

namespace Sightline.Linkage.Scoring;

/// <summary>
/// Scores pairs with a model: the prior's log-odds plus each comparison's log2(m/u) at its level,
/// plus, for exact agreement on a term-frequency comparison, log2(u_exact / p(value)).
/// Everything a pair needs is precomputed into arrays; the loop allocates nothing.
/// </summary>
internal sealed class Scorer
{
    private readonly PreparedComparison[] _comparisons;
    private readonly float[][] _weights;
    private readonly float[]?[] _termFrequency;
    private readonly float _prior;
    private readonly int _count;
    private readonly int[] _rowIds;
    private readonly float[] _rowExact;
    private readonly bool[] _exactFirst;

    public Scorer(PreparedComparison[] comparisons, LinkageModel model)
    {
        Check(comparisons, model);
        _comparisons = comparisons;
        Model = model;
        _prior = (float)model.PriorWeight;
        _weights = model.Comparisons.Select(c => c.Levels.Select(l => (float)l.Weight).ToArray()).ToArray();
        _termFrequency = comparisons.Select((c, k) => c.Spec.TermFrequency && c.Tests[0].Kind == LevelKind.Exact
            ? TermFrequencyWeights(c, model.Comparisons[k].Levels[0].U)
            : null).ToArray();
        // Row-major copies of what exact agreement needs: one record's value ids, and the weight
        // of agreeing exactly on its value, sit side by side, so a pair that agrees (or is
        // missing) on most comparisons costs two cache lines instead of one miss per array.
        _count = comparisons.Length;
        var n = comparisons.Length == 0 ? 0 : comparisons[0].ValueIds.Length;
        _rowIds = new int[n * _count];
        _rowExact = new float[n * _count];
        _exactFirst = comparisons.Select(c => c.Tests[0].Kind == LevelKind.Exact).ToArray();
        for (var r = 0; r < n; r++)
        {
            for (var k = 0; k < _count; k++)
            {
                _rowIds[(r * _count) + k] = comparisons[k].ValueIds[r];
                _rowExact[(r * _count) + k] = _weights[k][0] + (_termFrequency[k] is { } tf ? tf[r] : 0f);
            }
        }
    }

    public LinkageModel Model { get; }

    public double Weight(int a, int b)
    {
        var total = _prior;
        var comparisons = _comparisons;
        var count = _count;
        var ids = _rowIds.AsSpan(a * count, count);
        var other = _rowIds.AsSpan(b * count, count);
        for (var k = 0; k < count; k++)
        {
            var ia = ids[k];
            var ib = other[k];
            if (ia < 0 || ib < 0)
            {
                continue;
            }
            if (ia == ib && _exactFirst[k])
            {
                total += _rowExact[(a * count) + k];
                continue;
            }
            var level = comparisons[k].Level(a, b);
            if (level < 0)
            {
                continue;
            }
            total += _weights[k][level];
            if (level == 0 && _termFrequency[k] is { } tf)
            {
                total += tf[a];
            }
        }
        return total;
    }

    public static double Probability(double weight) => 1.0 / (1.0 + Math.Pow(2, -weight));

    /// <summary>Every candidate pair at or above the threshold, in pair order, scored in parallel.</summary>
    public List<ScoredPair> Score(CandidatePairs pairs, double threshold)
    {
        var cut = threshold >= 1 ? double.PositiveInfinity : threshold <= 0 ? double.NegativeInfinity : Math.Log2(threshold / (1 - threshold));
        const int chunk = 1 << 14;
        var chunks = (int)((pairs.Count + chunk - 1) / chunk);
        var found = new List<ScoredPair>[chunks];
        Parallel.For(0, chunks, c =>
        {
            var list = new List<ScoredPair>();
            var end = Math.Min(pairs.Count, ((long)c + 1) * chunk);
            for (var i = (long)c * chunk; i < end; i++)
            {
                var (a, b) = pairs[i];
                var w = Weight(a, b);
                if (w >= cut)
                {
                    list.Add(new ScoredPair(a, b, Probability(w)));
                }
            }
            found[c] = list;
        });
        var all = new List<ScoredPair>(found.Sum(f => f.Count));
        foreach (var f in found)
        {
            all.AddRange(f);
        }
        return all;
    }

    public PairExplanation Explain(RecordTable table, int a, int b)
    {
        var evidence = new List<ComparisonEvidence>();
        double total = _prior;
        for (var k = 0; k < _comparisons.Length; k++)
        {
            var c = _comparisons[k];
            var level = c.Level(a, b);
            var weight = level < 0 ? 0 : _weights[k][level];
            var tf = level == 0 && _termFrequency[k] is { } t ? t[a] : 0;
            total += weight + tf;
            evidence.Add(new ComparisonEvidence(c.Spec.Name, c.LevelLabel(level), c.Display(a), c.Display(b), weight, tf));
        }
        return new PairExplanation(table.Ids[a], table.Ids[b], _prior, evidence, total, Probability(total));
    }

    private static float[] TermFrequencyWeights(PreparedComparison comparison, double uExact)
    {
        var frequency = comparison.ValueFrequency;
        var result = new float[frequency.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = frequency[i] > 0 ? (float)Math.Log2(uExact / frequency[i]) : 0f;
        }
        return result;
    }

    private static void Check(PreparedComparison[] comparisons, LinkageModel model)
    {
        if (model.Comparisons.Count != comparisons.Length)
        {
            throw new LinkageSettingsException("model.comparisons", $"the model has {model.Comparisons.Count} comparisons, the settings {comparisons.Length}.");
        }
        for (var k = 0; k < comparisons.Length; k++)
        {
            var p = model.Comparisons[k];
            if (p.Name != comparisons[k].Spec.Name || p.Levels.Count != comparisons[k].LevelCount)
            {
                throw new LinkageSettingsException($"model.comparisons[{k}]",
                    $"'{p.Name}' with {p.Levels.Count} levels does not fit the settings' '{comparisons[k].Spec.Name}' with {comparisons[k].LevelCount}.");
            }
        }
    }
}
