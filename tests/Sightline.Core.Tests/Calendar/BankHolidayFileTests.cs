using Sightline.Core.Calendar;

namespace Sightline.Core.Tests.Calendar;

public class BankHolidayFileTests
{
    private static IReadOnlyList<BankHoliday> Parse(string text) =>
        BankHolidayFile.Parse(new StringReader(text), "test.csv");

    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_the_name_is_the_rest_of_the_line()
    {
        var holidays = Parse("# a comment\n\ndate,name\n2030-01-01,New Year's Day\n# another\n2030-04-19,Good Friday, as ever\n");

        Assert.Equal(
            [new BankHoliday(new DateOnly(2030, 1, 1), "New Year's Day"), new BankHoliday(new DateOnly(2030, 4, 19), "Good Friday, as ever")],
            holidays);
    }

    [Theory]
    [InlineData("2030-01-01,New Year's Day\n", "line 1: expected the header")]
    [InlineData("# only comments\n", "the header 'date,name' is missing")]
    [InlineData("date,name\n2030-01-01\n", "line 2: expected 'date,name'")]
    [InlineData("date,name\n01/01/2030,New Year's Day\n", "line 2: '01/01/2030' is not a date")]
    [InlineData("date,name\n2030-02-30,Nonsense\n", "line 2: '2030-02-30' is not a date")]
    [InlineData("date,name\n2030-01-01, \n", "line 2: the holiday has no name")]
    [InlineData("date,name\n2030-04-19,Good Friday\n2030-01-01,New Year's Day\n", "line 3: dates must be in ascending order")]
    [InlineData("date,name\n2030-01-01,New Year's Day\n2030-01-01,New Year's Day\n", "line 3: dates must be in ascending order")]
    public void A_malformed_file_is_refused_with_its_line(string text, string problem)
    {
        var error = Assert.Throws<FormatException>(() => Parse(text));
        Assert.Contains("test.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_years_covered_run_from_the_first_to_the_last_holiday()
    {
        var holidays = Parse("date,name\n2029-12-25,Christmas Day\n2030-01-01,New Year's Day\n");
        Assert.Equal(new YearRange(2029, 2030), BankHolidayFile.YearsOf(holidays, "test.csv"));
    }

    [Fact]
    public void A_year_missing_from_the_middle_of_the_data_is_refused()
    {
        var holidays = Parse("date,name\n2028-12-25,Christmas Day\n2030-01-01,New Year's Day\n");
        var error = Assert.Throws<FormatException>(() => BankHolidayFile.YearsOf(holidays, "test.csv"));
        Assert.Contains("no bank holidays for 2029", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_with_no_holidays_is_refused() =>
        Assert.Throws<FormatException>(() => BankHolidayFile.YearsOf(Parse("date,name\n"), "test.csv"));

    [Fact]
    public void The_data_is_embedded_in_the_core_assembly()
    {
        var names = typeof(WorkingDayCalendar).Assembly.GetManifestResourceNames();
        Assert.Contains(BankHolidayFile.EnglandAndWalesResource, names);
    }
}
