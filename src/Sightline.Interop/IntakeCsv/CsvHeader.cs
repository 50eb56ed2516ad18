using Sightline.Interop.Checking;
using Sightline.Interop.Csv;

namespace Sightline.Interop.IntakeCsv;

/// <summary>A file's header: which column holds which field. Columns may come in any order.</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);

    private CsvHeader(IReadOnlyList<string> names)
    {
        Names = names;
        for (var i = 0; i < names.Count; i++)
        {
            columns.TryAdd(names[i], i);
        }
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// The header, checked against a layout: every name allowed, none twice, every required one present.
    /// </summary>
    public static CsvHeader Read(CsvRecord header, IReadOnlyCollection<string> allowed, IEnumerable<string> required, string layout, List<CsvProblem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i];
            if (name.Length == 0)
            {
                problems.Add(new CsvProblem(header.Lines[i], i + 1, "a column without a name: the first line is the header, naming every column"));
            }
            else if (!allowed.Contains(name))
            {
                problems.Add(new CsvProblem(header.Lines[i], i + 1, $"unknown column {JsonValueText.Quote(name)}: {layout} has columns {JsonValueText.List(allowed)}"));
            }
            else if (!seen.TryAdd(name, i + 1))
            {
                problems.Add(new CsvProblem(header.Lines[i], i + 1, $"column {JsonValueText.Quote(name)} appears twice (also column {seen[name]})"));
            }
        }
        foreach (var name in required.Where(r => !seen.ContainsKey(r)))
        {
            problems.Add(new CsvProblem(header.Line, 1, $"missing column {JsonValueText.Quote(name)}: {layout} needs it"));
        }
        return new CsvHeader([.. header.Fields]);
    }

    /// <summary>The column index (from 0) of a field, or -1 when the file has no such column.</summary>
    public int IndexOf(string name) => columns.GetValueOrDefault(name, -1);

    /// <summary>The cell of a field in a row, or empty when the file has no such column.</summary>
    public string Cell(CsvRecord row, string name) => columns.TryGetValue(name, out var i) ? row.Fields[i] : "";

    /// <summary>Where a field's problem is reported: its cell, or the row's first cell when the file has no such column.</summary>
    public (int Line, int Column) Place(CsvRecord row, string? name) =>
        name is not null && columns.TryGetValue(name, out var i) ? (row.Lines[i], i + 1) : (row.Line, 1);
}
