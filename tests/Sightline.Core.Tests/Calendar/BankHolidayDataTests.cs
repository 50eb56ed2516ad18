using Sightline.Core.Calendar;

namespace Sightline.Core.Tests.Calendar;

public class BankHolidayDataTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void The_shipped_data_covers_2015_to_2030()
    {
        Assert.Equal(new YearRange(2015, 2030), Calendar.Covers);
        Assert.Equal("2015–2030", Calendar.Covers.ToString());
    }

    [Fact]
    public void The_shipped_data_is_the_standing_rules_with_the_documented_departures()
    {
        var expected = Enumerable.Range(2015, 16).SelectMany(StandingRules.Proclaimed).ToList();
        Assert.Equal(expected, Calendar.Holidays);
    }

    [Theory]
    [InlineData(2015, 8)]
    [InlineData(2016, 8)]
    [InlineData(2017, 8)]
    [InlineData(2018, 8)]
    [InlineData(2019, 8)]
    [InlineData(2020, 8)] // Early May moved to Friday 8 May for VE Day, not added
    [InlineData(2021, 8)]
    [InlineData(2022, 10)] // Spring moved to 2 June, plus Platinum Jubilee 3 June and the State Funeral 19 September
    [InlineData(2023, 9)] // plus the Coronation, 8 May
    [InlineData(2024, 8)]
    [InlineData(2025, 8)]
    [InlineData(2026, 8)]
    [InlineData(2027, 8)]
    [InlineData(2028, 8)]
    [InlineData(2029, 8)]
    [InlineData(2030, 8)]
    public void Each_year_has_its_number_of_bank_holidays(int year, int count) =>
        Assert.Equal(count, Calendar.Holidays.Count(h => h.Date.Year == year));

    [Fact]
    public void Every_bank_holiday_falls_on_a_weekday() =>
        Assert.All(Calendar.Holidays, h => Assert.True(
            h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
            $"{h.Name} on {h.Date} is at a weekend; it should have a substitute day."));

    [Theory]
    [InlineData("2015-12-28", "Boxing Day (substitute day)")]
    [InlineData("2016-12-27", "Christmas Day (substitute day)")]
    [InlineData("2017-01-02", "New Year's Day (substitute day)")]
    [InlineData("2020-05-08", "Early May bank holiday (VE Day)")]
    [InlineData("2020-12-28", "Boxing Day (substitute day)")]
    [InlineData("2021-12-27", "Christmas Day (substitute day)")]
    [InlineData("2021-12-28", "Boxing Day (substitute day)")]
    [InlineData("2022-01-03", "New Year's Day (substitute day)")]
    [InlineData("2022-06-02", "Spring bank holiday")]
    [InlineData("2022-06-03", "Platinum Jubilee bank holiday")]
    [InlineData("2022-09-19", "Bank holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData("2022-12-26", "Boxing Day")]
    [InlineData("2022-12-27", "Christmas Day (substitute day)")]
    [InlineData("2023-05-08", "Bank holiday for the coronation of King Charles III")]
    [InlineData("2027-12-27", "Christmas Day (substitute day)")]
    [InlineData("2027-12-28", "Boxing Day (substitute day)")]
    public void Substitute_moved_and_one_off_days_are_in_the_data(string date, string name) =>
        Assert.Equal(name, Calendar.HolidayOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Name);

    [Theory]
    [InlineData("2020-05-04")] // the standing Early May date, moved to 8 May
    [InlineData("2022-05-30")] // the standing Spring date, moved to 2 June
    [InlineData("2020-12-24")]
    [InlineData("2021-12-24")]
    [InlineData("2021-12-31")]
    public void Days_that_look_like_holidays_but_were_not_are_not_in_the_data(string date) =>
        Assert.Null(Calendar.HolidayOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_easter_algorithm_agrees_with_the_published_easter_sundays()
    {
        // Easter Sundays as published (Church of England tables) for the covered years.
        string[] published =
        [
            "2015-04-05", "2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12",
            "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05",
            "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21",
        ];
        var computed = Enumerable.Range(2015, 16)
            .Select(y => StandingRules.EasterSunday(y).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(published, computed);
    }

    [Fact]
    public void The_departures_from_the_standing_rules_are_exactly_the_documented_ones()
    {
        var standing = Enumerable.Range(2015, 16).SelectMany(StandingRules.Standing).Select(h => h.Date).ToHashSet();
        var shipped = Calendar.Holidays.Select(h => h.Date).ToHashSet();

        DateOnly[] added = [new(2020, 5, 8), new(2022, 6, 2), new(2022, 6, 3), new(2022, 9, 19), new(2023, 5, 8)];
        DateOnly[] removed = [new(2020, 5, 4), new(2022, 5, 30)];
        Assert.Equal(added, shipped.Except(standing).Order());
        Assert.Equal(removed, standing.Except(shipped).Order());
    }
}
