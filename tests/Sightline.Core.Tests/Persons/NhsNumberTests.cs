using Sightline.Core.Persons;

namespace Sightline.Core.Tests.Persons;

public class NhsNumberTests
{
    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    [InlineData("4010232137")]
    public void A_number_with_a_good_check_digit_parses(string text)
    {
        Assert.True(NhsNumber.TryParse(text, out var number));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), number.Value.Value);
    }

    [Theory]
    [InlineData("9434765918")] // check digit off by one
    [InlineData("943476591")] // nine digits
    [InlineData("94347659190")] // eleven digits
    [InlineData("94347A5919")]
    [InlineData("")]
    [InlineData(null)]
    public void A_number_that_fails_the_check_is_not_a_number(string? text) =>
        Assert.False(NhsNumber.TryParse(text, out _));

    [Fact]
    public void Nine_digits_whose_check_would_be_ten_have_no_valid_number()
    {
        // 1*10+2*9+...: find a prefix with remainder 1 so that 11-1 = 10.
        var prefix = Enumerable.Range(100_000_000, 1000)
            .Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .First(s => NhsNumber.CheckDigit(s) == -1);
        Assert.Null(NhsNumber.FromNineDigits(prefix));
    }

    [Fact]
    public void A_generated_number_round_trips()
    {
        var n = NhsNumber.FromNineDigits("943476591");
        Assert.Equal("9434765919", n?.Value);
        Assert.Equal("943 476 5919", n?.Formatted);
    }
}
