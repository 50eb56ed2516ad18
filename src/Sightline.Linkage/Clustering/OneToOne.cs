using Sightline.Linkage.Scoring;

namespace Sightline.Linkage.Clustering;

/// <summary>
/// One-to-one assignment for sources without internal duplicates: each record links at most
/// one record of each other source. Greedy by descending probability — on the sparse,
/// well-separated graphs blocking yields it agrees with an optimal assignment almost always,
/// and it runs in n log n.
/// </summary>
public static class OneToOne
{
    /// <summary>The pairs kept, in descending probability (ties by record indices).</summary>
    public static IReadOnlyList<ScoredPair> Assign(IEnumerable<ScoredPair> pairs, IReadOnlyList<int> sources)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(sources);
        var taken = new HashSet<long>();
        var kept = new List<ScoredPair>();
        foreach (var pair in pairs.OrderByDescending(p => p.Probability).ThenBy(p => p.Left).ThenBy(p => p.Right))
        {
            var leftSlot = ((long)pair.Left << 16) | (uint)sources[pair.Right];
            var rightSlot = ((long)pair.Right << 16) | (uint)sources[pair.Left];
            if (taken.Contains(leftSlot) || taken.Contains(rightSlot))
            {
                continue;
            }
            taken.Add(leftSlot);
            taken.Add(rightSlot);
            kept.Add(pair);
        }
        return kept;
    }
}
