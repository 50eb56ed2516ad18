using Sightline.Core.Calendar;

namespace Sightline.Core.Tests.Calendar;

public class TimescaleTests
{
    private static readonly WorkingDayCalendar EnglandAndWales = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void Working_days_are_counted_after_the_start_on_the_calendar()
    {
        // Moved on Thu 10 Dec 2020: 15 working days skip 25 and 28 December and 1 January.
        Assert.Equal(new DateOnly(2021, 1, 5), Timescale.WorkingDays(15).DueFrom(new DateOnly(2020, 12, 10), EnglandAndWales));
        Assert.Equal(new DateOnly(2020, 12, 29), Timescale.WorkingDays(1).DueFrom(new DateOnly(2020, 12, 24), EnglandAndWales));
    }

    [Fact]
    public void Days_are_the_start_plus_n_whatever_the_calendar() =>
        Assert.Equal(new DateOnly(2020, 12, 28), Timescale.Days(4).DueFrom(new DateOnly(2020, 12, 24), EnglandAndWales));

    [Fact]
    public void Months_are_the_same_day_of_the_month_clamped_to_the_months_end()
    {
        Assert.Equal(new DateOnly(2021, 4, 30), Timescale.Months(3).DueFrom(new DateOnly(2021, 1, 31), EnglandAndWales));
        Assert.Equal(new DateOnly(2021, 2, 28), Timescale.Months(1).DueFrom(new DateOnly(2021, 1, 31), EnglandAndWales));
    }

    [Fact]
    public void Days_and_months_need_no_bank_holidays_so_they_run_past_the_calendar() =>
        Assert.Equal(new DateOnly(2040, 1, 1), Timescale.Months(1).DueFrom(new DateOnly(2039, 12, 1), EnglandAndWales));

    [Fact]
    public void A_working_day_deadline_past_the_calendar_is_refused() =>
        Assert.Throws<DateOutsideCalendarException>(() => Timescale.WorkingDays(15).DueFrom(new DateOnly(2030, 12, 20), EnglandAndWales));

    [Theory]
    [InlineData(TimescaleUnit.WorkingDays, 15, "within 15 working days")]
    [InlineData(TimescaleUnit.WorkingDays, 1, "within 1 working day")]
    [InlineData(TimescaleUnit.Days, 42, "within 42 days")]
    [InlineData(TimescaleUnit.Days, 1, "within 1 day")]
    [InlineData(TimescaleUnit.Months, 3, "within 3 months")]
    [InlineData(TimescaleUnit.Months, 1, "within 1 month")]
    public void A_timescale_reads_as_the_guidance_words_it(TimescaleUnit unit, int n, string text) =>
        Assert.Equal(text, Of(unit, n).ToString());

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_timescale_of_less_than_one_unit_is_refused(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Timescale.WorkingDays(n));
        Assert.Throws<ArgumentOutOfRangeException>(() => Timescale.Days(n));
        Assert.Throws<ArgumentOutOfRangeException>(() => Timescale.Months(n));
    }

    [Fact]
    public void Timescales_are_equal_by_count_and_unit()
    {
        Assert.Equal(Timescale.WorkingDays(15), Timescale.WorkingDays(15));
        Assert.NotEqual(Timescale.WorkingDays(15), Timescale.Days(15));
        Assert.NotEqual(Timescale.WorkingDays(15), Timescale.WorkingDays(10));
        Assert.Equal(15, Timescale.WorkingDays(15).Count);
        Assert.Equal(TimescaleUnit.Months, Timescale.Months(3).Unit);
    }

    [Fact]
    public void A_calendar_is_required() =>
        Assert.Throws<ArgumentNullException>(() => Timescale.Days(1).DueFrom(new DateOnly(2024, 1, 1), null!));

    private static Timescale Of(TimescaleUnit unit, int n) => unit switch
    {
        TimescaleUnit.WorkingDays => Timescale.WorkingDays(n),
        TimescaleUnit.Days => Timescale.Days(n),
        TimescaleUnit.Months => Timescale.Months(n),
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };
}
