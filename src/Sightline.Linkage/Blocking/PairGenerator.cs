namespace Sightline.Linkage.Blocking;

/// <summary>
/// Turns blocking keys into the union of candidate pairs. A pair found by rule r is kept only
/// if no earlier rule's keys also agree for it, so the union holds each pair once without a
/// hash set: the check is a few int comparisons.
/// </summary>
internal static class PairGenerator
{
    public static CandidatePairs Generate(IReadOnlyList<BlockingRule> rules, int[][] keys, IReadOnlyList<int> sources, bool link, Action<string>? progress)
    {
        var buffer = new long[1024];
        long count = 0;
        var report = new List<BlockingRuleCount>();
        var n = sources.Count;
        var source = sources as int[] ?? [.. sources];
        for (var r = 0; r < rules.Count; r++)
        {
            var key = keys[r];
            var order = BucketOrder(key, out var starts);
            long all = 0, fresh = 0;
            for (var b = 0; b + 1 < starts.Length; b++)
            {
                var from = starts[b];
                var to = starts[b + 1];
                for (var x = from; x < to; x++)
                {
                    var left = order[x];
                    for (var y = x + 1; y < to; y++)
                    {
                        var right = order[y];
                        if (link && source[left] == source[right])
                        {
                            continue;
                        }
                        all++;
                        if (FoundEarlier(keys, r, left, right))
                        {
                            continue;
                        }
                        if (count == buffer.LongLength)
                        {
                            Array.Resize(ref buffer, (int)Math.Min(Array.MaxLength, buffer.LongLength * 2));
                        }
                        buffer[count++] = CandidatePairs.Pack(left, right);
                        fresh++;
                    }
                }
            }
            report.Add(new BlockingRuleCount(rules[r].Name, all, fresh));
            progress?.Invoke($"blocking: rule '{rules[r].Name}' yields {all:N0} pairs, {fresh:N0} new");
        }
        return new CandidatePairs(buffer, count, report, ComparablePairs(source, n, link));
    }

    private static bool FoundEarlier(int[][] keys, int rule, int left, int right)
    {
        for (var q = 0; q < rule; q++)
        {
            var k = keys[q][left];
            if (k >= 0 && k == keys[q][right])
            {
                return true;
            }
        }
        return false;
    }

    // A counting sort of record indices by key: each bucket lists its records in index order,
    // so every emitted pair has left < right. Records without a key are left out.
    private static int[] BucketOrder(int[] key, out int[] starts)
    {
        var max = -1;
        foreach (var k in key)
        {
            max = Math.Max(max, k);
        }
        var counts = new int[max + 2];
        foreach (var k in key)
        {
            if (k >= 0)
            {
                counts[k + 1]++;
            }
        }
        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] += counts[i - 1];
        }
        starts = (int[])counts.Clone();
        var order = new int[counts[^1]];
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] >= 0)
            {
                order[counts[key[i]]++] = i;
            }
        }
        return order;
    }

    private static long ComparablePairs(int[] source, int n, bool link)
    {
        var all = (long)n * (n - 1) / 2;
        if (!link)
        {
            return all;
        }
        foreach (var group in source.GroupBy(s => s))
        {
            long size = group.Count();
            all -= size * (size - 1) / 2;
        }
        return all;
    }
}
