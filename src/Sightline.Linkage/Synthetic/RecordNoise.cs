using System.Globalization;
using Sightline.Linkage.Text;

namespace Sightline.Linkage.Synthetic;

/// <summary>
/// The errors records of one person pick up between agencies, each a pure function of its input
/// and a seeded <see cref="Random"/>: keying typos, nicknames, day and month swapped, a date part
/// mistyped. Used to build test sets; nothing here reads or writes files.
/// </summary>
public static class RecordNoise
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>One keying error: a letter substituted, dropped, doubled or swapped with its neighbour.</summary>
    public static string Typo(string value, Random random)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(random);
        if (value.Length < 2)
        {
            return value;
        }
        var chars = value.ToList();
        var i = random.Next(1, chars.Count);
        switch (random.Next(4))
        {
            case 0:
                chars[i] = Letters[random.Next(Letters.Length)];
                break;
            case 1:
                chars.RemoveAt(i);
                break;
            case 2:
                chars.Insert(i, chars[i]);
                break;
            default:
                (chars[i - 1], chars[i]) = (chars[i], chars[i - 1]);
                break;
        }
        return new string([.. chars]);
    }

    /// <summary>Another name of the same nickname group (Bill for William), or the name itself when it has none.</summary>
    public static string Nickname(string name, Random random)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(random);
        var folded = TextFolding.Normalize(name);
        var alternatives = NicknameTable.Default.NamesLike(folded).Where(n => n != folded).ToArray();
        if (alternatives.Length == 0)
        {
            return name;
        }
        var pick = alternatives[random.Next(alternatives.Length)];
        return char.IsUpper(name[0]) ? char.ToUpperInvariant(pick[0]) + pick[1..] : pick;
    }

    /// <summary>A YYYY-MM-DD date with day and month swapped, when the day can be a month; else unchanged.</summary>
    public static string SwapDayMonth(string isoDate)
    {
        if (!DateParts.TryParse(isoDate, out var d) || d.Day > 12 || d.Day == d.Month)
        {
            return isoDate;
        }
        return Iso(d.Year, d.Day, d.Month);
    }

    /// <summary>A YYYY-MM-DD date with one part mistyped: the day or month off by one, or a year digit changed.</summary>
    public static string ChangeDatePart(string isoDate, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!DateParts.TryParse(isoDate, out var d))
        {
            return isoDate;
        }
        return random.Next(3) switch
        {
            0 => Iso(d.Year, d.Month, d.Day == 28 ? 27 : d.Day + 1),
            1 => Iso(d.Year, d.Month == 12 ? 11 : d.Month + 1, Math.Min(d.Day, 28)),
            _ => Iso(d.Year + (random.Next(2) == 0 ? -10 : 1), d.Month, d.Day),
        };
    }

    /// <summary>Formats a date as YYYY-MM-DD.</summary>
    public static string Iso(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
}
