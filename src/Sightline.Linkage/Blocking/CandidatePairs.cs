namespace Sightline.Linkage.Blocking;

/// <summary>
/// The union of the blocking rules' pairs, each pair once, as record indices packed in a
/// <see cref="long"/> (left in the high half; left &lt; right), with the per-rule report.
/// </summary>
public sealed class CandidatePairs
{
    internal CandidatePairs(long[] packed, long count, IReadOnlyList<BlockingRuleCount> report, long comparablePairs)
    {
        Packed = packed;
        Count = count;
        Report = report;
        ComparablePairs = comparablePairs;
    }

    internal long[] Packed { get; }

    /// <summary>The number of candidate pairs.</summary>
    public long Count { get; }

    /// <summary>How many pairs each rule yielded, and how many of them were new.</summary>
    public IReadOnlyList<BlockingRuleCount> Report { get; }

    /// <summary>All pairs that could be compared without blocking (within one source, or across sources when linking).</summary>
    public long ComparablePairs { get; }

    /// <summary>The left and right record index of pair <paramref name="index"/>.</summary>
    public (int Left, int Right) this[long index] => Unpack(Packed[index]);

    internal static long Pack(int left, int right) => ((long)left << 32) | (uint)right;

    internal static (int Left, int Right) Unpack(long packed) => ((int)(packed >> 32), (int)(packed & 0xFFFFFFFF));
}
