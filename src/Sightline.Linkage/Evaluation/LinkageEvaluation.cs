namespace Sightline.Linkage.Evaluation;

/// <summary>
/// Precision, recall and F1 of pairs against a ground-truth entity per record. When linking,
/// only pairs across sources count (pairs within one source are neither predicted nor wanted).
/// </summary>
public static class LinkageEvaluation
{
    /// <summary>Accuracy of a set of predicted pairs (record indices, each pair once).</summary>
    public static PairMetrics OfPairs(IEnumerable<(int Left, int Right)> predicted, IReadOnlyList<string> entity, IReadOnlyList<int> sources, bool link)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(entity);
        long tp = 0, fp = 0;
        foreach (var (a, b) in predicted)
        {
            if (string.Equals(entity[a], entity[b], StringComparison.Ordinal))
            {
                tp++;
            }
            else
            {
                fp++;
            }
        }
        return new PairMetrics(tp, fp, PairsWithin(Groups(entity, sources), link) - tp);
    }

    /// <summary>Accuracy of the pairs implied by clusters: every two records in one cluster.</summary>
    public static PairMetrics OfClusters(IReadOnlyList<int> cluster, IReadOnlyList<string> entity, IReadOnlyList<int> sources, bool link)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(sources);
        var predicted = PairsWithin(Groups(cluster.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), sources), link);
        var both = PairsWithin(Groups(cluster.Select((c, i) => $"{c}\u0001{entity[i]}").ToArray(), sources), link);
        var truth = PairsWithin(Groups(entity, sources), link);
        return new PairMetrics(both, predicted - both, truth - both);
    }

    // Group sizes, and within each group the size per source.
    private static List<(long Size, long[] PerSource)> Groups(IReadOnlyList<string> key, IReadOnlyList<int> sources)
    {
        var sourceCount = sources.Count == 0 ? 1 : sources.Max() + 1;
        var groups = new Dictionary<string, long[]>(StringComparer.Ordinal);
        for (var i = 0; i < key.Count; i++)
        {
            if (!groups.TryGetValue(key[i], out var perSource))
            {
                groups[key[i]] = perSource = new long[sourceCount];
            }
            perSource[sources[i]]++;
        }
        return groups.Values.Select(g => (g.Sum(), g)).ToList();
    }

    private static long PairsWithin(List<(long Size, long[] PerSource)> groups, bool link)
    {
        long pairs = 0;
        foreach (var (size, perSource) in groups)
        {
            pairs += size * (size - 1) / 2;
            if (link)
            {
                foreach (var s in perSource)
                {
                    pairs -= s * (s - 1) / 2;
                }
            }
        }
        return pairs;
    }
}
