using System.Text;

namespace Sightline.Interop.Linkage;

/// <summary>
/// A strict RFC 4180 reader: comma-separated, double-quoted fields may hold commas, quotes
/// ("") and line breaks; CRLF or LF ends a row. Unquoted fields are trimmed (FEBRL puts a space
/// after each comma), an empty field is null, and every row must have the header's field count.
/// </summary>
public static class CsvParser
{
    /// <summary>Parses CSV text; <paramref name="name"/> names the file in errors.</summary>
    /// <exception cref="LinkageInputException">On a malformed quote or a row of the wrong length, naming the line.</exception>
    public static CsvTable Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<string?[]>();
        var lines = new List<int>();
        var fields = new List<string?>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }
        string[]? header = null;
        while (i < text.Length || fields.Count > 0)
        {
            // One field.
            field.Clear();
            var quoted = false;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }
            if (i < text.Length && text[i] == '"')
            {
                quoted = true;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new LinkageInputException($"{name}: line {rowLine}: a quoted field is never closed.");
                    }
                    var c = text[i++];
                    if (c == '"')
                    {
                        if (i < text.Length && text[i] == '"')
                        {
                            field.Append('"');
                            i++;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n')
                    {
                        line++;
                    }
                    field.Append(c);
                }
                while (i < text.Length && text[i] is ' ' or '\t')
                {
                    i++;
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new LinkageInputException($"{name}: line {line}: text follows a closing quote.");
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new LinkageInputException($"{name}: line {line}: a quote inside an unquoted field.");
                    }
                    field.Append(text[i++]);
                }
            }
            var value = quoted ? field.ToString() : field.ToString().Trim();
            fields.Add(value.Length == 0 ? null : value);
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }
            // End of row (line break or end of text).
            if (i < text.Length && text[i] == '\r')
            {
                i++;
            }
            if (i < text.Length && text[i] == '\n')
            {
                i++;
            }
            var isBlank = fields.Count == 1 && fields[0] is null && !quoted;
            if (!isBlank)
            {
                if (header is null)
                {
                    header = fields.Select((f, n) => f ?? throw new LinkageInputException($"{name}: line {rowLine}: header column {n + 1} has no name.")).ToArray();
                }
                else if (fields.Count != header.Length)
                {
                    throw new LinkageInputException($"{name}: line {rowLine}: {fields.Count} fields where the header has {header.Length}.");
                }
                else
                {
                    rows.Add([.. fields]);
                    lines.Add(rowLine);
                }
            }
            fields.Clear();
            line++;
            rowLine = line;
        }
        return header is null
            ? throw new LinkageInputException($"{name}: the file is empty (no header).")
            : new CsvTable(header, rows, lines);
    }
}
