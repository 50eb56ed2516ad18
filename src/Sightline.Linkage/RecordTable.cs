namespace Sightline.Linkage;

/// <summary>
/// The records to link, column by column: each has an id, the index of the source it came
/// from (0 for a dedupe) and one raw text value per column (null when missing).
/// </summary>
public sealed class RecordTable
{
    private readonly string?[][] _columns;
    private readonly Dictionary<string, int> _columnIndex;

    /// <summary>Builds a table from parallel arrays; every column has one value per record.</summary>
    public RecordTable(IReadOnlyList<string> columnNames, IReadOnlyList<string> ids, IReadOnlyList<int> sources, IReadOnlyList<string?[]> columns)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count != columnNames.Count)
        {
            throw new ArgumentException("One value array per column name is needed.", nameof(columns));
        }
        if (sources.Count != ids.Count || columns.Any(c => c.Length != ids.Count))
        {
            throw new ArgumentException("Every column and the sources need one entry per id.", nameof(columns));
        }
        ColumnNames = [.. columnNames];
        Ids = [.. ids];
        Sources = [.. sources];
        _columns = [.. columns];
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ColumnNames.Count; i++)
        {
            _columnIndex[ColumnNames[i]] = i;
        }
        SourceCount = Sources.Count == 0 ? 0 : Sources.Max() + 1;
    }

    /// <summary>Builds a table from records given row by row.</summary>
    public static RecordTable FromRecords(IReadOnlyList<string> columnNames, IReadOnlyList<LinkageRecord> records)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(records);
        var columns = new string?[columnNames.Count][];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = new string?[records.Count];
            for (var r = 0; r < records.Count; r++)
            {
                columns[c][r] = records[r].Values[c];
            }
        }
        return new RecordTable(columnNames, records.Select(r => r.Id).ToArray(), records.Select(r => r.Source).ToArray(), columns);
    }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Each record's id.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Each record's source index.</summary>
    public IReadOnlyList<int> Sources { get; }

    /// <summary>How many sources the records come from: one means dedupe, more means link across sources.</summary>
    public int SourceCount { get; }

    /// <summary>The number of records.</summary>
    public int Count => Ids.Count;

    /// <summary>The index of a column, or -1 when there is none of that name.</summary>
    public int ColumnIndex(string name) => _columnIndex.TryGetValue(name, out var i) ? i : -1;

    /// <summary>All values of one column, one per record.</summary>
    public IReadOnlyList<string?> Column(int index) => _columns[index];
}
