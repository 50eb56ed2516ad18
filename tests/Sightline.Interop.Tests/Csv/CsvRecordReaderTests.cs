using Sightline.Interop.Csv;

namespace Sightline.Interop.Tests.Csv;

public class CsvRecordReaderTests
{
    private static List<CsvRecord> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var records = new List<CsvRecord>();
        while (reader.Read() is { } record)
        {
            records.Add(record);
        }
        return records;
    }

    private static CsvFormatException Fails(string text) => Assert.Throws<CsvFormatException>(() => ReadAll(text));

    [Fact]
    public void Quoted_fields_hold_commas_doubled_quotes_and_line_breaks()
    {
        var records = ReadAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,end\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "say \"hi\"", "two\nlines"], records[1].Fields);
        Assert.Equal(["plain", "", "end"], records[2].Fields);
        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal([2, 2, 2], records[1].Lines);
    }

    [Fact]
    public void Nothing_is_trimmed_and_a_byte_order_mark_and_blank_lines_are_dropped()
    {
        var records = ReadAll("\uFEFFid,name\n\n p1 , Amy \n\n");

        Assert.Equal(["id", "name"], records[0].Fields);
        Assert.Equal([" p1 ", " Amy "], records[1].Fields);
        Assert.Equal(3, records[1].Line);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void The_last_record_needs_no_line_break_and_an_empty_quoted_field_is_a_record()
    {
        var records = ReadAll("a\n\"\"\nb");

        Assert.Equal([["a"], [""], ["b"]], records.Select(r => r.Fields.ToArray()));
    }

    [Fact]
    public void A_quoted_field_never_closed_names_the_line_it_starts_on()
    {
        var error = Fails("a,b\nx,\"open\nstill open\n");

        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Equal("a quoted field is never closed", error.Message);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error()
    {
        var error = Fails("a,b\nx,5\"3\n");

        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.StartsWith("a double quote inside an unquoted field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
    {
        var error = Fails("a,b,c\nx,y,\"z\"z\n");

        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    [Fact]
    public void A_long_file_is_read_through_its_buffer_a_record_at_a_time()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"row-{i},\"quoted, {i}\"\n"));

        var records = ReadAll(text);

        Assert.Equal(20_000, records.Count);
        Assert.Equal(["row-19999", "quoted, 19999"], records[^1].Fields);
        Assert.Equal(20_000, records[^1].Line);
    }
}
