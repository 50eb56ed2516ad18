using System.Globalization;
using Sightline.Linkage.Text;

namespace Sightline.Linkage.Comparisons;

/// <summary>Dates compared exactly, with day and month swapped, with one part different, or within some years.</summary>
internal sealed class DateComparison : PreparedComparison
{
    private readonly DateParts[] _dates;
    private readonly int[] _days;

    public DateComparison(ComparisonSpec spec, IReadOnlyList<LevelTest> tests, IReadOnlyList<string?> raw)
        : this(spec, tests, Parse(raw))
    {
    }

    private DateComparison(ComparisonSpec spec, IReadOnlyList<LevelTest> tests, (DateParts Date, bool Ok)[] parsed)
        : base(spec, tests, Intern(parsed.Select(p => p.Ok ? p.Date.Packed.ToString(CultureInfo.InvariantCulture) : null).ToArray()))
    {
        _dates = parsed.Select(p => p.Date).ToArray();
        _days = parsed.Select(p => p.Ok ? p.Date.DayNumber ?? int.MinValue : int.MinValue).ToArray();
    }

    private static (DateParts, bool)[] Parse(IReadOnlyList<string?> raw) =>
        raw.Select(v => DateParts.TryParse(v, out var d) ? (d, true) : (default, false)).ToArray();

    public override string? Display(int record) =>
        ValueIds[record] < 0 ? null : $"{_dates[record].Year:0000}-{_dates[record].Month:00}-{_dates[record].Day:00}";

    public override int Level(int a, int b)
    {
        var ia = ValueIds[a];
        var ib = ValueIds[b];
        if (ia < 0 || ib < 0)
        {
            return -1;
        }
        var x = _dates[a];
        var y = _dates[b];
        var tests = Tests;
        for (var level = 0; level < tests.Length; level++)
        {
            var pass = tests[level].Kind switch
            {
                LevelKind.Exact => ia == ib,
                LevelKind.DayMonthSwapped => x.Year == y.Year && x.Month == y.Day && x.Day == y.Month,
                LevelKind.OnePartDifferent => (x.Year == y.Year ? 1 : 0) + (x.Month == y.Month ? 1 : 0) + (x.Day == y.Day ? 1 : 0) == 2,
                LevelKind.WithinYears => WithinYears(a, b, x, y, tests[level].Parameter),
                _ => false,
            };
            if (pass)
            {
                return level;
            }
        }
        return tests.Length;
    }

    private bool WithinYears(int a, int b, DateParts x, DateParts y, double years)
    {
        var da = _days[a];
        var db = _days[b];
        // Real dates by days (365.25 a year); a date the calendar rejects falls back to its year.
        return da != int.MinValue && db != int.MinValue
            ? Math.Abs(da - db) <= years * 365.25
            : Math.Abs(x.Year - y.Year) <= years;
    }
}
