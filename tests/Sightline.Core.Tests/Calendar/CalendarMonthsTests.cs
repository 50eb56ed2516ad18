using Sightline.Core.Calendar;

namespace Sightline.Core.Tests.Calendar;

public class CalendarMonthsTests
{
    [Theory]
    [InlineData(2021, 1, 31, 1, 2021, 2, 28)] // no 31 February: the month's last day
    [InlineData(2024, 1, 31, 1, 2024, 2, 29)] // leap year
    [InlineData(2024, 1, 30, 1, 2024, 2, 29)]
    [InlineData(2024, 2, 29, 12, 2025, 2, 28)]
    [InlineData(2022, 11, 30, 3, 2023, 2, 28)]
    [InlineData(2023, 3, 31, 1, 2023, 4, 30)]
    [InlineData(2023, 8, 31, 1, 2023, 9, 30)]
    [InlineData(2023, 12, 31, 2, 2024, 2, 29)] // across the year end
    [InlineData(2023, 3, 15, 3, 2023, 6, 15)] // the same day of the month
    [InlineData(2023, 2, 28, 1, 2023, 3, 28)] // the 28th stays the 28th, not the month's end
    [InlineData(2024, 6, 15, 1, 2024, 7, 15)] // a Saturday deadline stays a Saturday: months ignore working days
    [InlineData(2023, 5, 10, 0, 2023, 5, 10)]
    [InlineData(2023, 3, 31, -1, 2023, 2, 28)] // counting back clamps the same way
    public void Months_later_is_the_same_day_of_the_month_or_the_months_last_day(
        int year, int month, int day, int months, int dueYear, int dueMonth, int dueDay) =>
        Assert.Equal(new DateOnly(dueYear, dueMonth, dueDay), CalendarMonths.Add(new DateOnly(year, month, day), months));

    [Fact]
    public void Months_beyond_the_last_representable_date_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarMonths.Add(new DateOnly(9999, 12, 1), 1));
}
