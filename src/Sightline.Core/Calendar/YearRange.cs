using System.Globalization;

namespace Sightline.Core.Calendar;

/// <summary>The whole calendar years from <see cref="First"/> to <see cref="Last"/>, both included.</summary>
public sealed record YearRange
{
    /// <summary>A range of whole years.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1–9999 or <paramref name="last"/> is before <paramref name="first"/>.</exception>
    public YearRange(int first, int last)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(last, DateOnly.MaxValue.Year);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        First = first;
        Last = last;
    }

    /// <summary>The first year covered.</summary>
    public int First { get; }

    /// <summary>The last year covered.</summary>
    public int Last { get; }

    /// <summary>1 January of the first year.</summary>
    public DateOnly FirstDay => new(First, 1, 1);

    /// <summary>31 December of the last year.</summary>
    public DateOnly LastDay => new(Last, 12, 31);

    /// <summary>Whether the date falls in one of the years.</summary>
    public bool Contains(DateOnly date) => date.Year >= First && date.Year <= Last;

    /// <summary>The range as people write it, e.g. <c>2015–2030</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First}–{Last}");
}
