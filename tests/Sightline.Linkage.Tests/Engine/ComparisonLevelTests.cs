using Sightline.Linkage.Comparisons;

namespace Sightline.Linkage.Tests.Engine;

public sealed class ComparisonLevelTests
{
    private static PreparedComparison Prepare(ComparisonType type, string[] levels, params string?[] values) =>
        PreparedComparison.Create(new ComparisonSpec("c", "v", type, levels), Tables.Column("v", values), "comparisons[0]");

    [Fact]
    public void Text_levels_are_tried_strongest_first()
    {
        var c = Prepare(ComparisonType.Text, ["exact", "alias", "phonetic", "jaro_winkler:0.9", "initial"],
            "William", "william ", "Bill", "Wiliam", "W", "Zbigniew", null, "", "Zoë", "zoe");
        Assert.Equal(0, c.Level(0, 1));
        Assert.Equal(1, c.Level(0, 2));
        Assert.Equal(2, c.Level(0, 3));
        Assert.Equal(4, c.Level(0, 4));
        Assert.Equal(5, c.Level(0, 5));
        Assert.Equal(-1, c.Level(0, 6));
        Assert.Equal(-1, c.Level(7, 0));
        Assert.Equal(0, c.Level(8, 9));
        Assert.Equal("else", c.LevelLabel(5));
        Assert.Equal("missing", c.LevelLabel(-1));
    }

    [Fact]
    public void Edit_distance_levels_use_their_bound()
    {
        var c = Prepare(ComparisonType.Text, ["exact", "damerau:1", "levenshtein:2"], "6988048", "6980848", "6988000", "1234567");
        Assert.Equal(1, c.Level(0, 1));
        Assert.Equal(2, c.Level(0, 2));
        Assert.Equal(3, c.Level(0, 3));
    }

    [Fact]
    public void Date_levels_cover_swaps_one_part_and_years()
    {
        var c = Prepare(ComparisonType.Date, ["exact", "day_month_swapped", "one_part_different", "years:2"],
            "1987-02-13", "19870213", "1987-13-02", "1987-02-14", "1988-05-01", "1960-01-01", "not a date", null);
        Assert.Equal(0, c.Level(0, 1));
        Assert.Equal(1, c.Level(0, 2));
        Assert.Equal(2, c.Level(0, 3));
        Assert.Equal(3, c.Level(0, 4));
        Assert.Equal(4, c.Level(0, 5));
        Assert.Equal(-1, c.Level(0, 6));
        Assert.Equal(-1, c.Level(7, 0));
    }

    [Fact]
    public void Postcode_levels_are_full_sector_district()
    {
        var c = Prepare(ComparisonType.Postcode, ["full", "sector", "district"], "SW1A 1AA", "sw1a1aa", "SW1A 1BB", "SW1A 2AA", "SW1B 1AA", "2600", "");
        Assert.Equal(0, c.Level(0, 1));
        Assert.Equal(1, c.Level(0, 2));
        Assert.Equal(2, c.Level(0, 3));
        Assert.Equal(3, c.Level(0, 4));
        Assert.Equal(-1, c.Level(0, 5));
        Assert.Equal(-1, c.Level(0, 6));
    }

    [Fact]
    public void An_nhs_number_failing_its_check_digit_is_missing_not_a_disagreement()
    {
        var c = Prepare(ComparisonType.NhsNumber, ["exact"], "943 476 5919", "9434765919", "9434765918", "4010232137", null);
        Assert.Equal(0, c.Level(0, 1));
        Assert.Equal(-1, c.Level(0, 2));
        Assert.Equal(1, c.Level(0, 3));
        Assert.Equal(-1, c.Level(0, 4));
    }

    [Theory]
    [InlineData(ComparisonType.Text, "soundex")]
    [InlineData(ComparisonType.Text, "jaro_winkler:1.5")]
    [InlineData(ComparisonType.Text, "jaro_winkler:x")]
    [InlineData(ComparisonType.Date, "alias")]
    [InlineData(ComparisonType.Postcode, "phonetic")]
    public void Unknown_levels_name_their_field(ComparisonType type, string level)
    {
        var e = Assert.Throws<LinkageSettingsException>(() => Prepare(type, ["exact", level], "a"));
        Assert.Equal("comparisons[0].levels[1]", e.Field);
    }

    [Fact]
    public void A_missing_column_names_its_field()
    {
        var e = Assert.Throws<LinkageSettingsException>(() =>
            PreparedComparison.Create(new ComparisonSpec("c", "nope", ComparisonType.Text, ["exact"]), Tables.Column("v", "a"), "comparisons[3]"));
        Assert.Equal("comparisons[3].column", e.Field);
    }
}
