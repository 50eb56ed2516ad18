using System.Text;

namespace Sightline.Interop.Csv;

/// <summary>
/// Reads CSV one record at a time, so a file of any length is never held whole (RFC 4180):
/// comma-separated fields; a field in double quotes may hold commas, line breaks and quotes
/// (doubled, <c>""</c>); CRLF or LF ends a record. Nothing is trimmed: a cell is what the
/// spreadsheet held. A blank line is skipped. A quote inside an unquoted field, text after a
/// closing quote and a quoted field never closed are errors naming the line and column.
/// </summary>
/// <param name="reader">The text; the caller opens it (as UTF-8) and disposes of it.</param>
public sealed class CsvRecordReader(TextReader reader)
{
    private const int End = -1;

    private readonly char[] buffer = new char[64 * 1024];
    private readonly StringBuilder field = new();
    private int position;
    private int length;
    private bool started;

    /// <summary>The line the reader is on, from 1: after an error in decoding, where it happened.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The next record, or null at the end of the text.</summary>
    /// <exception cref="CsvFormatException">When the text is not CSV at this record.</exception>
    public CsvRecord? Read()
    {
        if (!started)
        {
            started = true;
            // A spreadsheet's UTF-8 byte order mark is not part of the first header.
            if (Peek() == '\uFEFF')
            {
                position++;
            }
        }
        while (true)
        {
            if (Peek() == End)
            {
                return null;
            }
            var fields = new List<string>();
            var lines = new List<int>();
            var quotedAny = false;
            while (true)
            {
                lines.Add(Line);
                var quoted = Peek() == '"';
                quotedAny |= quoted;
                fields.Add(quoted ? ReadQuoted(fields.Count + 1) : ReadPlain(fields.Count + 1));
                var next = Next();
                if (next == ',')
                {
                    continue;
                }
                if (next == '\r' && Peek() == '\n')
                {
                    position++;
                }
                if (next is '\r' or '\n')
                {
                    Line++;
                }
                break;
            }
            if (fields.Count == 1 && fields[0].Length == 0 && !quotedAny)
            {
                continue;
            }
            return new CsvRecord(fields, lines);
        }
    }

    private string ReadPlain(int column)
    {
        field.Clear();
        while (true)
        {
            var c = Peek();
            if (c is End or ',' or '\r' or '\n')
            {
                return field.ToString();
            }
            if (c == '"')
            {
                throw new CsvFormatException(Line, column, "a double quote inside an unquoted field: put the whole field in quotes and double the quote (\"\")");
            }
            field.Append((char)c);
            position++;
        }
    }

    private string ReadQuoted(int column)
    {
        var startLine = Line;
        field.Clear();
        position++;
        while (true)
        {
            var c = Next();
            if (c == End)
            {
                throw new CsvFormatException(startLine, column, "a quoted field is never closed");
            }
            if (c == '"')
            {
                if (Peek() == '"')
                {
                    position++;
                    field.Append('"');
                    continue;
                }
                if (Peek() is not (End or ',' or '\r' or '\n'))
                {
                    throw new CsvFormatException(Line, column, "text after the closing quote of a quoted field");
                }
                return field.ToString();
            }
            if (c == '\n')
            {
                Line++;
            }
            field.Append((char)c);
        }
    }

    private int Peek()
    {
        if (position == length && !Fill())
        {
            return End;
        }
        return buffer[position];
    }

    private int Next()
    {
        var c = Peek();
        if (c != End)
        {
            position++;
        }
        return c;
    }

    private bool Fill()
    {
        length = reader.Read(buffer, 0, buffer.Length);
        position = 0;
        return length > 0;
    }
}
