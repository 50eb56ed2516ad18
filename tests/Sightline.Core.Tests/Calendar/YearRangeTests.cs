using Sightline.Core.Calendar;

namespace Sightline.Core.Tests.Calendar;

public class YearRangeTests
{
    [Fact]
    public void A_range_contains_every_day_of_its_first_and_last_years()
    {
        var range = new YearRange(2015, 2030);
        Assert.True(range.Contains(new DateOnly(2015, 1, 1)));
        Assert.True(range.Contains(new DateOnly(2030, 12, 31)));
        Assert.False(range.Contains(new DateOnly(2014, 12, 31)));
        Assert.False(range.Contains(new DateOnly(2031, 1, 1)));
        Assert.Equal(new DateOnly(2015, 1, 1), range.FirstDay);
        Assert.Equal(new DateOnly(2030, 12, 31), range.LastDay);
    }

    [Theory]
    [InlineData(2030, 2015)]
    [InlineData(0, 2015)]
    [InlineData(2015, 10000)]
    public void A_backwards_or_unrepresentable_range_is_refused(int first, int last) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearRange(first, last));
}
