using Sightline.Interop.Linkage;

namespace Sightline.Linkage.Tests.Interop;

public sealed class CsvParserTests
{
    [Fact]
    public void Fields_are_trimmed_quoted_fields_kept_and_empty_ones_missing()
    {
        var table = CsvParser.Parse("rec_id, given_name, surname\r\nrec-1-org, , \"O'Brien, Jr\"\n\"rec-2\",\"Zoë \"\"Z\"\"\", smith\n", "t.csv");
        Assert.Equal(["rec_id", "given_name", "surname"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Null(table.Rows[0][1]);
        Assert.Equal("O'Brien, Jr", table.Rows[0][2]);
        Assert.Equal("Zoë \"Z\"", table.Rows[1][1]);
        Assert.Equal([2, 3], table.Lines);
    }

    [Fact]
    public void A_quoted_line_break_stays_in_its_field_and_lines_still_count()
    {
        var table = CsvParser.Parse("a,b\n\"x\ny\",1\nz,2\n", "t.csv");
        Assert.Equal("x\ny", table.Rows[0][0]);
        Assert.Equal([2, 4], table.Lines);
    }

    [Theory]
    [InlineData("a,b\n1,2,3\n", "t.csv: line 2: 3 fields where the header has 2.")]
    [InlineData("a,b\n1,\"2\n", "t.csv: line 2: a quoted field is never closed.")]
    [InlineData("a,b\n1,2\"x\n", "t.csv: line 2: a quote inside an unquoted field.")]
    [InlineData("", "t.csv: the file is empty (no header).")]
    public void Malformed_files_name_the_line(string text, string message) =>
        Assert.Equal(message, Assert.Throws<LinkageInputException>(() => CsvParser.Parse(text, "t.csv")).Message);
}
