using Sightline.Core.Calendar;

namespace Sightline.Core.Tests.Calendar;

/// <summary>
/// Recomputes the bank holidays of England and Wales from the standing rules, independently of the
/// shipped data, so that a typo in the data file fails a test. Departures from the rules (moved
/// days and one-off holidays, by royal proclamation) are listed here and in docs/calendar.md.
/// </summary>
internal static class StandingRules
{
    /// <summary>Days moved away from their standing date: (standing date, actual holiday).</summary>
    public static IReadOnlyList<(DateOnly From, BankHoliday To)> Moved { get; } =
    [
        (new DateOnly(2020, 5, 4), new BankHoliday(new DateOnly(2020, 5, 8), "Early May bank holiday (VE Day)")),
        (new DateOnly(2022, 5, 30), new BankHoliday(new DateOnly(2022, 6, 2), "Spring bank holiday")),
    ];

    /// <summary>One-off holidays in addition to the standing ones.</summary>
    public static IReadOnlyList<BankHoliday> OneOffs { get; } =
    [
        new(new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday"),
        new(new DateOnly(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"),
        new(new DateOnly(2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
    ];

    /// <summary>The holidays of a year as proclaimed: the standing rules with the departures applied.</summary>
    public static IReadOnlyList<BankHoliday> Proclaimed(int year)
    {
        var holidays = Standing(year).ToList();
        foreach (var (from, to) in Moved.Where(m => m.From.Year == year))
        {
            var removed = holidays.RemoveAll(h => h.Date == from);
            if (removed != 1)
                throw new InvalidOperationException($"{from} is not a standing holiday, so it cannot have been moved.");
            holidays.Add(to);
        }
        holidays.AddRange(OneOffs.Where(h => h.Date.Year == year));
        return [.. holidays.OrderBy(h => h.Date)];
    }

    /// <summary>The holidays of a year by the standing rules alone, in date order.</summary>
    public static IReadOnlyList<BankHoliday> Standing(int year)
    {
        var easter = EasterSunday(year);
        var holidays = new List<BankHoliday>
        {
            NewYear(year),
            new(easter.AddDays(-2), "Good Friday"),
            new(easter.AddDays(1), "Easter Monday"),
            new(Mondays(year, 5).First(), "Early May bank holiday"),
            new(Mondays(year, 5).Last(), "Spring bank holiday"),
            new(Mondays(year, 8).Last(), "Summer bank holiday"),
        };
        holidays.AddRange(Christmas(year));
        return [.. holidays.OrderBy(h => h.Date)];
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static BankHoliday NewYear(int year)
    {
        var day = new DateOnly(year, 1, 1);
        return IsWeekend(day)
            ? new BankHoliday(NextMonday(day), "New Year's Day (substitute day)")
            : new BankHoliday(day, "New Year's Day");
    }

    // Christmas Day and Boxing Day each keep a weekday: one falling at a weekend is replaced by the
    // next weekday that is not already a holiday.
    private static IEnumerable<BankHoliday> Christmas(int year)
    {
        var christmas = new DateOnly(year, 12, 25);
        return christmas.DayOfWeek switch
        {
            DayOfWeek.Friday =>
            [
                new(christmas, "Christmas Day"),
                new(new DateOnly(year, 12, 28), "Boxing Day (substitute day)"),
            ],
            DayOfWeek.Saturday =>
            [
                new(new DateOnly(year, 12, 27), "Christmas Day (substitute day)"),
                new(new DateOnly(year, 12, 28), "Boxing Day (substitute day)"),
            ],
            DayOfWeek.Sunday =>
            [
                new(new DateOnly(year, 12, 26), "Boxing Day"),
                new(new DateOnly(year, 12, 27), "Christmas Day (substitute day)"),
            ],
            _ =>
            [
                new(christmas, "Christmas Day"),
                new(new DateOnly(year, 12, 26), "Boxing Day"),
            ],
        };
    }

    private static IEnumerable<DateOnly> Mondays(int year, int month) =>
        Enumerable.Range(1, DateTime.DaysInMonth(year, month))
            .Select(day => new DateOnly(year, month, day))
            .Where(date => date.DayOfWeek == DayOfWeek.Monday);

    private static DateOnly NextMonday(DateOnly date) =>
        date.AddDays(((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7);

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
