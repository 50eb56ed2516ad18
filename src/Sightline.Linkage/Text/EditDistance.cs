using System.Buffers;

namespace Sightline.Linkage.Text;

/// <summary>
/// Bounded edit distances. Each returns the exact distance when it is at most
/// <c>max</c>, and <c>max + 1</c> otherwise, stopping early once the bound is passed.
/// </summary>
public static class EditDistance
{
    private const int StackLimit = 128;

    /// <summary>Levenshtein distance (insert, delete, substitute), bounded by <paramref name="max"/>.</summary>
    public static int Levenshtein(ReadOnlySpan<char> left, ReadOnlySpan<char> right, int max) =>
        Bounded(left, right, max, transpositions: false);

    /// <summary>
    /// Damerau–Levenshtein distance in its optimal-string-alignment form (adjacent transpositions
    /// count one; no substring is edited twice), bounded by <paramref name="max"/>.
    /// </summary>
    public static int DamerauLevenshtein(ReadOnlySpan<char> left, ReadOnlySpan<char> right, int max) =>
        Bounded(left, right, max, transpositions: true);

    private static int Bounded(ReadOnlySpan<char> left, ReadOnlySpan<char> right, int max, bool transpositions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        // Common prefixes and suffixes never cost anything; trimming them keeps the table small.
        var prefix = left.CommonPrefixLength(right);
        left = left[prefix..];
        right = right[prefix..];
        var suffix = 0;
        while (suffix < left.Length && suffix < right.Length && left[^(suffix + 1)] == right[^(suffix + 1)])
        {
            suffix++;
        }
        left = left[..^suffix];
        right = right[..^suffix];
        if (Math.Abs(left.Length - right.Length) > max)
        {
            return max + 1;
        }
        if (left.Length == 0 || right.Length == 0)
        {
            return Math.Max(left.Length, right.Length);
        }
        var width = right.Length + 1;
        int[]? rented = null;
        var rows = 3 * width <= StackLimit
            ? stackalloc int[3 * width]
            : (rented = ArrayPool<int>.Shared.Rent(3 * width)).AsSpan(0, 3 * width);
        try
        {
            return Table(left, right, max, transpositions, rows, width);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static int Table(ReadOnlySpan<char> left, ReadOnlySpan<char> right, int max, bool transpositions, Span<int> rows, int width)
    {
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j < width; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (transpositions && i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > max)
            {
                return max + 1;
            }
            var spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }
        var distance = previous[width - 1];
        return distance <= max ? distance : max + 1;
    }
}
