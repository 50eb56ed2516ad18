using Sightline.Linkage.Scoring;

namespace Sightline.Linkage.Clustering;

/// <summary>Persons from pairs: the connected components of the pairs at or above a threshold (union–find).</summary>
public static class Clusters
{
    /// <summary>
    /// Each record's cluster, named by the smallest record index in it; a record with no pair
    /// above the threshold is a cluster of its own.
    /// </summary>
    public static int[] FromPairs(int recordCount, IEnumerable<ScoredPair> pairs, double threshold)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var parent = new int[recordCount];
        for (var i = 0; i < recordCount; i++)
        {
            parent[i] = i;
        }
        foreach (var pair in pairs)
        {
            if (pair.Probability < threshold)
            {
                continue;
            }
            var a = Root(parent, pair.Left);
            var b = Root(parent, pair.Right);
            // The smaller index becomes the root, so a cluster's name is its first record.
            if (a < b)
            {
                parent[b] = a;
            }
            else if (b < a)
            {
                parent[a] = b;
            }
        }
        var cluster = new int[recordCount];
        for (var i = 0; i < recordCount; i++)
        {
            cluster[i] = Root(parent, i);
        }
        return cluster;
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            // Path halving: every other node on the way points to its grandparent.
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
