using Sightline.Interop.Linkage;

namespace Sightline.Linkage.Tests.Interop;

public sealed class LinkageConfigReaderTests
{
    private const string Good = """
        {
          "id_column": "id",
          "threshold": 0.8,
          "one_to_one": true,
          "comparisons": [
            { "column": "surname", "levels": ["exact", "jaro_winkler:0.9"], "term_frequency": true },
            { "name": "dob", "column": "date_of_birth", "type": "date" }
          ],
          "blocking": [ ["surname"], { "name": "dob", "keys": ["date_of_birth"] } ],
          "training": { "seed": 7, "em_fits_u": true }
        }
        """;

    [Fact]
    public void A_config_maps_to_settings()
    {
        var config = LinkageConfigReader.Parse(Good, "c.json");
        Assert.Equal("id", config.IdColumn);
        var s = config.Settings;
        Assert.Equal(0.8, s.Threshold);
        Assert.True(s.OneToOne);
        Assert.True(s.EmFitsU);
        Assert.Equal(7, s.Seed);
        Assert.Equal("surname", s.Comparisons[0].Name);
        Assert.True(s.Comparisons[0].TermFrequency);
        Assert.Equal(ComparisonType.Date, s.Comparisons[1].Type);
        Assert.Equal(["exact", "day_month_swapped", "one_part_different", "years:5"], s.Comparisons[1].Levels);
        Assert.Equal("surname", s.BlockingRules[0].Name);
        Assert.Equal("dob", s.BlockingRules[1].Name);
    }

    [Theory]
    [InlineData("\"id_column\": \"id\",", "\"id_column\": 3,", "c.json: id_column: must be a non-empty string.")]
    [InlineData("\"threshold\": 0.8", "\"threshold\": 1.8", "c.json: threshold: must be a number from 0 to 1.")]
    [InlineData("\"type\": \"date\"", "\"type\": \"day\"", "c.json: comparisons[1].type: 'day' is not text, date, postcode or nhs_number.")]
    [InlineData("\"seed\": 7", "\"sead\": 7", "c.json: training.sead: is not a known field.")]
    [InlineData("[ [\"surname\"],", "[ [],", "c.json: blocking[0]: must be a non-empty array.")]
    public void Problems_name_their_field(string from, string to, string message) =>
        Assert.Equal(message, Assert.Throws<LinkageInputException>(() => LinkageConfigReader.Parse(Good.Replace(from, to, StringComparison.Ordinal), "c.json")).Message);

    [Fact]
    public void Json_syntax_errors_name_the_line() =>
        Assert.StartsWith("c.json: line 2: not JSON", Assert.Throws<LinkageInputException>(() => LinkageConfigReader.Parse("{\n  \"id_column\" \"x\"\n}", "c.json")).Message);

    [Fact]
    public void Every_shipped_config_reads()
    {
        foreach (var name in new[] { "febrl.json", "fake_1000.json", "pseudopeople.json" })
        {
            Assert.NotEmpty(Accuracy.LinkageData.Config(name).Settings.Comparisons);
        }
    }

    [Fact]
    public void Files_missing_a_configured_column_are_named()
    {
        var config = LinkageConfigReader.Parse(Good, "c.json");
        var table = CsvParser.Parse("id,surname\n1,smith\n", "people.csv");
        var e = Assert.Throws<LinkageInputException>(() => LinkageFiles.Combine([("people.csv", table)], config));
        Assert.Equal("people.csv: line 1: no column 'date_of_birth' (named by a comparison or blocking rule).", e.Message);
        var twice = CsvParser.Parse("id,surname,date_of_birth\n1,smith,\n1,jones,\n", "people.csv");
        Assert.Equal("people.csv: line 3: id '1' appears twice.", Assert.Throws<LinkageInputException>(() => LinkageFiles.Combine([("people.csv", twice)], config)).Message);
    }
}
