using System.Globalization;
using Sightline.Core.Calendar;

namespace Sightline.Core.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar EnglandAndWales = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2020-12-24", 1, "2020-12-29")] // Fri 25 Christmas, weekend, Mon 28 substitute for Boxing Day
    [InlineData("2021-12-22", 2, "2021-12-24")] // Christmas Eve is a working day
    [InlineData("2021-12-22", 3, "2021-12-29")] // Mon 27 and Tue 28 are substitutes for Christmas and Boxing Day
    [InlineData("2021-12-24", 1, "2021-12-29")]
    [InlineData("2022-12-23", 1, "2022-12-28")] // Mon 26 Boxing Day, Tue 27 substitute for Christmas
    [InlineData("2015-12-24", 1, "2015-12-29")] // Mon 28 substitute for Boxing Day
    [InlineData("2027-12-24", 1, "2027-12-29")]
    public void Working_days_skip_christmas_and_its_substitute_days(string from, int n, string expected) =>
        Assert.Equal(D(expected), EnglandAndWales.AddWorkingDays(D(from), n));

    [Fact]
    public void Working_days_skip_good_friday_and_easter_monday_2021()
    {
        Assert.False(EnglandAndWales.IsWorkingDay(D("2021-04-02")));
        Assert.False(EnglandAndWales.IsWorkingDay(D("2021-04-05")));
        Assert.Equal(D("2021-04-06"), EnglandAndWales.AddWorkingDays(D("2021-04-01"), 1));
        Assert.Equal(D("2021-04-07"), EnglandAndWales.AddWorkingDays(D("2021-04-01"), 2));
    }

    [Theory]
    [InlineData("2020-05-07", "2020-05-11")] // Fri 8 May 2020, Early May moved for VE Day
    [InlineData("2022-06-01", "2022-06-06")] // Thu 2 June Spring and Fri 3 June Platinum Jubilee
    [InlineData("2022-09-16", "2022-09-20")] // Mon 19 September, State Funeral
    [InlineData("2023-05-05", "2023-05-09")] // Mon 8 May 2023, Coronation
    public void One_off_and_moved_holidays_are_not_working_days(string from, string nextWorkingDay) =>
        Assert.Equal(D(nextWorkingDay), EnglandAndWales.AddWorkingDays(D(from), 1));

    [Theory]
    [InlineData("2020-05-04")] // the usual Early May Monday was worked in 2020
    [InlineData("2022-05-30")] // the usual Spring Monday was worked in 2022
    [InlineData("2023-05-09")]
    [InlineData("2020-12-24")]
    public void The_days_a_holiday_moved_away_from_are_working_days(string date) =>
        Assert.True(EnglandAndWales.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2017-01-02")] // New Year's Day on a Sunday
    [InlineData("2022-01-03")] // New Year's Day on a Saturday
    [InlineData("2028-01-03")]
    [InlineData("2016-12-27")] // Christmas Day on a Sunday
    public void Substitute_days_are_not_working_days(string date) =>
        Assert.False(EnglandAndWales.IsWorkingDay(D(date)));

    [Fact]
    public void Weekends_are_not_working_days_and_weekdays_are()
    {
        Assert.False(EnglandAndWales.IsWorkingDay(D("2024-06-15"))); // Saturday
        Assert.False(EnglandAndWales.IsWorkingDay(D("2024-06-16"))); // Sunday
        Assert.True(EnglandAndWales.IsWorkingDay(D("2024-06-17"))); // Monday
        Assert.True(EnglandAndWales.IsWorkingDay(D("2024-06-14"))); // Friday
    }

    [Theory]
    [InlineData("2024-06-14", 1, "2024-06-17")] // Friday to Monday
    [InlineData("2024-06-15", 1, "2024-06-17")] // from a Saturday: the Monday is the first working day after it
    [InlineData("2024-06-16", 1, "2024-06-17")]
    [InlineData("2024-06-12", 5, "2024-06-19")]
    [InlineData("2024-06-10", 15, "2024-07-01")]
    public void Working_days_skip_weekends(string from, int n, string expected) =>
        Assert.Equal(D(expected), EnglandAndWales.AddWorkingDays(D(from), n));

    [Theory]
    [InlineData("2024-06-12")]
    [InlineData("2024-06-15")] // a Saturday stays a Saturday
    [InlineData("2020-12-25")]
    public void Zero_working_days_after_a_day_is_the_day_itself(string date) =>
        Assert.Equal(D(date), EnglandAndWales.AddWorkingDays(D(date), 0));

    [Fact]
    public void A_negative_number_of_working_days_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EnglandAndWales.AddWorkingDays(D("2024-06-12"), -1));

    [Theory]
    [InlineData("2020-12-24", "2020-12-29", 1)]
    [InlineData("2020-12-24", "2020-12-28", 0)]
    [InlineData("2024-06-12", "2024-06-12", 0)]
    [InlineData("2024-06-14", "2024-06-17", 1)]
    [InlineData("2020-12-31", "2021-12-31", 253)] // 261 weekdays in 2021, less its 8 bank holidays
    [InlineData("2021-12-31", "2022-12-31", 250)] // 260 weekdays in 2022, less its 10 bank holidays
    public void Working_days_between_count_after_the_first_day_up_to_and_including_the_last(string from, string to, int expected) =>
        Assert.Equal(expected, EnglandAndWales.WorkingDaysBetween(D(from), D(to)));

    [Fact]
    public void Working_days_between_a_later_and_an_earlier_day_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EnglandAndWales.WorkingDaysBetween(D("2024-06-12"), D("2024-06-11")));

    [Fact]
    public void Adding_and_counting_working_days_agree_with_a_day_by_day_walk_over_every_covered_day()
    {
        var calendar = EnglandAndWales;
        for (var from = new DateOnly(2015, 1, 1); from <= new DateOnly(2030, 11, 30); from = from.AddDays(1))
        {
            var walked = from;
            for (var n = 1; n <= 20; n++)
            {
                do
                {
                    walked = walked.AddDays(1);
                }
                while (!calendar.IsWorkingDay(walked));

                var due = calendar.AddWorkingDays(from, n);
                if (due != walked)
                    Assert.Fail($"{n} working days after {from} is {walked}, not {due}.");
                if (calendar.WorkingDaysBetween(from, due) != n || calendar.WorkingDaysBetween(from, due.AddDays(-1)) != n - 1)
                    Assert.Fail($"Counting from {from} to {due} does not give {n}.");
            }
        }
    }

    [Theory]
    [InlineData("2014-12-31")]
    [InlineData("2031-01-01")]
    public void A_date_outside_the_covered_years_is_refused(string date)
    {
        var error = Assert.Throws<DateOutsideCalendarException>(() => EnglandAndWales.IsWorkingDay(D(date)));
        Assert.Equal(D(date), error.Date);
        Assert.Equal(EnglandAndWales.Covers, error.Covers);
        Assert.Contains("2015–2030", error.Message, StringComparison.Ordinal);
        Assert.Contains("bank-holidays-england-and-wales.csv", error.Message, StringComparison.Ordinal);

        Assert.Throws<DateOutsideCalendarException>(() => EnglandAndWales.AddWorkingDays(D(date), 1));
        Assert.Throws<DateOutsideCalendarException>(() => EnglandAndWales.AddWorkingDays(D(date), 0));
        Assert.Throws<DateOutsideCalendarException>(() => EnglandAndWales.WorkingDaysBetween(D("2024-06-12"), D(date)));
        Assert.Throws<DateOutsideCalendarException>(() => EnglandAndWales.HolidayOn(D(date)));
    }

    [Fact]
    public void A_deadline_past_the_last_covered_year_is_refused()
    {
        Assert.Equal(D("2030-12-31"), EnglandAndWales.AddWorkingDays(D("2030-12-30"), 1));

        var error = Assert.Throws<DateOutsideCalendarException>(() => EnglandAndWales.AddWorkingDays(D("2030-12-30"), 2));
        Assert.Contains("runs past the end of 2030", error.Message, StringComparison.Ordinal);
        Assert.Throws<DateOutsideCalendarException>(() => EnglandAndWales.AddWorkingDays(D("2030-12-30"), int.MaxValue));
    }

    [Fact]
    public void A_calendar_built_from_other_holidays_uses_them()
    {
        var calendar = new WorkingDayCalendar([new BankHoliday(new DateOnly(2040, 3, 1), "A test holiday")], new YearRange(2040, 2040));

        Assert.Equal(new YearRange(2040, 2040), calendar.Covers);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2040, 3, 1))); // a Thursday
        Assert.Equal(new DateOnly(2040, 3, 2), calendar.AddWorkingDays(new DateOnly(2040, 2, 29), 1));
        Assert.Equal("A test holiday", calendar.HolidayOn(new DateOnly(2040, 3, 1))?.Name);
        Assert.Throws<DateOutsideCalendarException>(() => calendar.IsWorkingDay(new DateOnly(2024, 6, 12)));
    }

    [Fact]
    public void A_holiday_outside_the_covered_years_is_refused() =>
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(
            [new BankHoliday(new DateOnly(2041, 1, 1), "New Year's Day")], new YearRange(2040, 2040)));

    [Fact]
    public void Two_holidays_on_one_date_are_refused() =>
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(
            [new BankHoliday(new DateOnly(2040, 1, 1), "New Year's Day"), new BankHoliday(new DateOnly(2040, 1, 1), "Again")],
            new YearRange(2040, 2040)));
}
