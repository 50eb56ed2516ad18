using Sightline.Linkage.Blocking;
using Sightline.Linkage.Comparisons;

namespace Sightline.Linkage.Training;

/// <summary>
/// The blocked pairs reduced to their distinct comparison vectors and how often each occurs:
/// EM then iterates over a few thousand patterns instead of millions of pairs.
/// </summary>
internal sealed class PatternCounts
{
    internal PatternCounts(sbyte[][] levels, long[] counts)
    {
        Levels = levels;
        Counts = counts;
    }

    public sbyte[][] Levels { get; }

    public long[] Counts { get; }

    public long Total => Counts.Sum();

    public static PatternCounts Count(PreparedComparison[] comparisons, CandidatePairs pairs, long maxPairs)
    {
        var stride = Math.Max(1, (pairs.Count + maxPairs - 1) / maxPairs);
        var taken = pairs.Count == 0 ? 0 : ((pairs.Count - 1) / stride) + 1;
        var merged = new Dictionary<ulong, long>();
        var gate = new object();
        const int chunk = 1 << 16;
        var chunks = (int)((taken + chunk - 1) / chunk);
        Parallel.For(0, chunks, () => new Dictionary<ulong, long>(), (c, _, local) =>
        {
            var end = Math.Min(taken, ((long)c + 1) * chunk);
            for (var t = (long)c * chunk; t < end; t++)
            {
                var (a, b) = pairs[t * stride];
                var key = 0UL;
                for (var k = 0; k < comparisons.Length; k++)
                {
                    // Four bits per comparison: 0 is missing, level + 1 otherwise.
                    key |= (ulong)(comparisons[k].Level(a, b) + 1) << (4 * k);
                }
                local[key] = local.GetValueOrDefault(key) + 1;
            }
            return local;
        }, local =>
        {
            lock (gate)
            {
                foreach (var (key, count) in local)
                {
                    merged[key] = merged.GetValueOrDefault(key) + count;
                }
            }
        });
        // Sorted by key so EM sums in the same order on every run, whatever the threads did.
        var ordered = merged.OrderBy(p => p.Key).ToArray();
        var levels = ordered.Select(p =>
        {
            var v = new sbyte[comparisons.Length];
            for (var k = 0; k < v.Length; k++)
            {
                v[k] = (sbyte)((int)((p.Key >> (4 * k)) & 0xF) - 1);
            }
            return v;
        }).ToArray();
        return new PatternCounts(levels, ordered.Select(p => p.Value).ToArray());
    }
}
