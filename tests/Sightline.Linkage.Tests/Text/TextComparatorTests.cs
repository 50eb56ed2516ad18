using Sightline.Core.Persons;
using Sightline.Linkage.Text;

namespace Sightline.Linkage.Tests.Text;

public sealed class TextComparatorTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.9611)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.8133)]
    [InlineData("abc", "xyz", 0)]
    public void Jaro_winkler_gives_the_textbook_values(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Fact]
    public void Jaro_winkler_handles_empty_long_and_non_ascii_input()
    {
        Assert.Equal(1, JaroWinkler.Similarity("", ""));
        Assert.Equal(0, JaroWinkler.Similarity("", "smith"));
        Assert.Equal(1, JaroWinkler.Similarity("zoë", "zoë"));
        Assert.True(JaroWinkler.Similarity("zoë", "zoe") > 0.7);
        var long1 = new string('a', 70) + "b";
        var long2 = new string('a', 70) + "c";
        Assert.True(JaroWinkler.Similarity(long1, long2) > 0.95);
        Assert.Equal(JaroWinkler.Similarity("jonathan", "johnathan"), JaroWinkler.Similarity("johnathan", "jonathan"), 10);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("kitten", "sitting", 2, 3)]
    [InlineData("smith", "smyth", 1, 1)]
    [InlineData("", "abc", 5, 3)]
    [InlineData("", "", 1, 0)]
    [InlineData("łukasz", "lukasz", 2, 1)]
    public void Levenshtein_is_exact_up_to_the_bound(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Levenshtein(a, b, max));

    [Fact]
    public void Damerau_counts_an_adjacent_swap_as_one_edit()
    {
        Assert.Equal(1, EditDistance.DamerauLevenshtein("marhta", "martha", 2));
        Assert.Equal(2, EditDistance.Levenshtein("marhta", "martha", 2));
        Assert.Equal(3, EditDistance.DamerauLevenshtein("abc", "xyz", 2));
        Assert.Equal(0, EditDistance.DamerauLevenshtein("", "", 0));
        Assert.Equal(1, EditDistance.DamerauLevenshtein(new string('x', 200) + "ab", new string('x', 200) + "ba", 3));
    }

    [Theory]
    [InlineData("MacDonald", "McDonald")]
    [InlineData("Phillips", "Filips")]
    [InlineData("Katherine", "Catherine")]
    [InlineData("Johnson", "Jonson")]
    public void Nysiis_codes_british_spelling_variants_alike(string a, string b) =>
        Assert.Equal(Nysiis.Encode(a), Nysiis.Encode(b));

    [Fact]
    public void Nysiis_handles_empty_and_non_letters()
    {
        Assert.Equal("", Nysiis.Encode(null));
        Assert.Equal("", Nysiis.Encode(""));
        Assert.Equal("", Nysiis.Encode("123 ü"));
        Assert.NotEqual(Nysiis.Encode("smith"), Nysiis.Encode("jones"));
        Assert.True(Nysiis.Encode("wolfeschlegelsteinhausen").Length <= Nysiis.MaxLength);
    }

    [Fact]
    public void Folding_lowercases_strips_accents_and_treats_blank_as_missing()
    {
        Assert.Equal("zoe o brien", TextFolding.Normalize("  Zoë  O-Brien "));
        Assert.Equal("obrien", TextFolding.Normalize("O'Brien"));
        Assert.Equal("lukasz strasse", TextFolding.Normalize("Łukasz Straße"));
        Assert.Null(TextFolding.Normalize(null));
        Assert.Null(TextFolding.Normalize("   "));
        Assert.Equal("иван", TextFolding.Normalize("Иван"));
    }

    [Fact]
    public void Nicknames_come_from_the_shipped_table()
    {
        var table = NicknameTable.Default;
        Assert.True(table.AreAliases("william", "bill"));
        Assert.True(table.AreAliases("liam", "billy"));
        Assert.True(table.AreAliases("margaret", "peggy"));
        Assert.False(table.AreAliases("william", "margaret"));
        Assert.False(table.AreAliases(null, "bill"));
        Assert.False(table.AreAliases("zbigniew", "bill"));
    }

    [Theory]
    [InlineData("sw1a 1aa", "SW1A", "1AA")]
    [InlineData("M1 1AE", "M1", "1AE")]
    [InlineData("B338TH", "B33", "8TH")]
    [InlineData("cr2 6xh", "CR2", "6XH")]
    public void Postcodes_split_into_outward_and_inward(string text, string outward, string inward)
    {
        Assert.True(UkPostcode.TryParse(text, out var p));
        Assert.Equal(outward, p!.Outward);
        Assert.Equal(inward, p.Inward);
        Assert.Equal($"{outward} {inward[0]}", p.Sector);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2600")]
    [InlineData("SW1A 1A")]
    [InlineData("1W1A 1AA")]
    [InlineData("SW1Ä 1AA")]
    public void Malformed_postcodes_do_not_parse(string? text) => Assert.False(UkPostcode.TryParse(text, out _));

    [Theory]
    [InlineData("19870213", 1987, 2, 13)]
    [InlineData("1987-02-13", 1987, 2, 13)]
    [InlineData("13/02/1987", 1987, 2, 13)]
    [InlineData("19871302", 1987, 13, 2)]
    public void Dates_parse_in_three_shapes_and_keep_impossible_parts(string text, int y, int m, int d)
    {
        Assert.True(DateParts.TryParse(text, out var date));
        Assert.Equal(new DateParts(y, m, d), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1987")]
    [InlineData("a1987-02-1")]
    [InlineData("١٩٨٧٠٢١٣")]
    public void Other_dates_do_not_parse(string? text) => Assert.False(DateParts.TryParse(text, out _));
}
