namespace Sightline.Linkage.Text;

/// <summary>Jaro and Jaro–Winkler similarity, allocation-free for strings up to 64 characters.</summary>
public static class JaroWinkler
{
    /// <summary>Winkler's boost applies only above this Jaro similarity, as in his 1990 paper.</summary>
    public const double BoostThreshold = 0.7;

    /// <summary>Jaro–Winkler similarity in [0, 1]: Jaro boosted by up to four common leading characters (scale 0.1).</summary>
    public static double Similarity(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var jaro = Jaro(left, right);
        if (jaro <= BoostThreshold)
        {
            return jaro;
        }
        var limit = Math.Min(4, Math.Min(left.Length, right.Length));
        var prefix = 0;
        while (prefix < limit && left[prefix] == right[prefix])
        {
            prefix++;
        }
        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    /// <summary>Jaro similarity in [0, 1]; two empty strings are identical (1), one empty string shares nothing (0).</summary>
    public static double Jaro(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return left.Length == right.Length ? 1 : 0;
        }
        if (left.SequenceEqual(right))
        {
            return 1;
        }
        return left.Length <= 64 && right.Length <= 64 ? JaroShort(left, right) : JaroLong(left, right);
    }

    // Match flags as bits of two 64-bit words: no buffers at all for name-length strings.
    private static double JaroShort(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var window = Math.Max(0, (Math.Max(left.Length, right.Length) / 2) - 1);
        ulong leftFlags = 0, rightFlags = 0;
        var matches = 0;
        for (var i = 0; i < left.Length; i++)
        {
            var start = Math.Max(0, i - window);
            var end = Math.Min(right.Length, i + window + 1);
            var c = left[i];
            for (var j = start; j < end; j++)
            {
                var bit = 1UL << j;
                if ((rightFlags & bit) == 0 && right[j] == c)
                {
                    rightFlags |= bit;
                    leftFlags |= 1UL << i;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0)
        {
            return 0;
        }
        var halfTranspositions = 0;
        var k = 0;
        for (var i = 0; i < left.Length; i++)
        {
            if ((leftFlags & (1UL << i)) == 0)
            {
                continue;
            }
            while ((rightFlags & (1UL << k)) == 0)
            {
                k++;
            }
            if (left[i] != right[k])
            {
                halfTranspositions++;
            }
            k++;
        }
        return Score(matches, halfTranspositions / 2, left.Length, right.Length);
    }

    private static double JaroLong(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var window = Math.Max(0, (Math.Max(left.Length, right.Length) / 2) - 1);
        var leftFlags = new bool[left.Length];
        var rightFlags = new bool[right.Length];
        var matches = 0;
        for (var i = 0; i < left.Length; i++)
        {
            var end = Math.Min(right.Length, i + window + 1);
            for (var j = Math.Max(0, i - window); j < end; j++)
            {
                if (!rightFlags[j] && right[j] == left[i])
                {
                    rightFlags[j] = leftFlags[i] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0)
        {
            return 0;
        }
        var halfTranspositions = 0;
        var k = 0;
        for (var i = 0; i < left.Length; i++)
        {
            if (!leftFlags[i])
            {
                continue;
            }
            while (!rightFlags[k])
            {
                k++;
            }
            if (left[i] != right[k])
            {
                halfTranspositions++;
            }
            k++;
        }
        return Score(matches, halfTranspositions / 2, left.Length, right.Length);
    }

    private static double Score(int matches, int transpositions, int leftLength, int rightLength)
    {
        double m = matches;
        return ((m / leftLength) + (m / rightLength) + ((m - transpositions) / m)) / 3.0;
    }
}
