namespace Sightline.Linkage.Text;

/// <summary>
/// A date as three numbers, kept even when the calendar would reject it (a register's
/// "1987-13-02" is still evidence: its year and day can agree with another record's).
/// </summary>
/// <param name="Year">Four-digit year.</param>
/// <param name="Month">Month as written (normally 1–12).</param>
/// <param name="Day">Day as written (normally 1–31).</param>
public readonly record struct DateParts(int Year, int Month, int Day)
{
    /// <summary>
    /// Parses YYYYMMDD, YYYY-MM-DD (or with '/' or '.') and the British DD/MM/YYYY; false for
    /// anything else, which comparisons treat as missing.
    /// </summary>
    public static bool TryParse(string? text, out DateParts date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }
        var s = text.AsSpan().Trim();
        if (s.Length == 8 && AllDigits(s))
        {
            date = new DateParts(Number(s[..4]), Number(s[4..6]), Number(s[6..8]));
            return true;
        }
        if (s.Length == 10 && IsSeparator(s[4]) && IsSeparator(s[7]) && AllDigits(s[..4]) && AllDigits(s[5..7]) && AllDigits(s[8..]))
        {
            date = new DateParts(Number(s[..4]), Number(s[5..7]), Number(s[8..]));
            return true;
        }
        if (s.Length == 10 && IsSeparator(s[2]) && IsSeparator(s[5]) && AllDigits(s[..2]) && AllDigits(s[3..5]) && AllDigits(s[6..]))
        {
            date = new DateParts(Number(s[6..]), Number(s[3..5]), Number(s[..2]));
            return true;
        }
        return false;
    }

    /// <summary>Days since 0001-01-01 when the date is a real calendar date, else null.</summary>
    public int? DayNumber =>
        Year is >= 1 and <= 9999 && Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month)
            ? new DateOnly(Year, Month, Day).DayNumber
            : null;

    /// <summary>The date as the eight digits YYYYMMDD (also the form blocking keys use).</summary>
    public int Packed => (Year * 10000) + (Month * 100) + Day;

    private static bool IsSeparator(char c) => c is '-' or '/' or '.';

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static int Number(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            n = (n * 10) + (c - '0');
        }
        return n;
    }
}
