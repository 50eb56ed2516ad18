using Sightline.Linkage;

namespace Sightline.Interop.Linkage;

/// <summary>Loads record files (CSV with a header) into one <see cref="RecordTable"/>, one source per file.</summary>
public static class LinkageFiles
{
    /// <summary>
    /// Reads each file, keeping the id column and the columns the settings use. Each file
    /// must have them all, and ids must be unique within a file.
    /// </summary>
    /// <exception cref="LinkageInputException">Naming the file and the column or line at fault.</exception>
    public static RecordTable Load(IReadOnlyList<string> paths, LinkageConfig config)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(config);
        var tables = new List<(string Name, CsvTable Table)>();
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (IOException e)
            {
                throw new LinkageInputException($"{path}: {e.Message}", e);
            }
            tables.Add((Path.GetFileName(path), CsvParser.Parse(text, Path.GetFileName(path))));
        }
        return Combine(tables, config);
    }

    /// <summary>Combines parsed tables (source order as given) into one record table.</summary>
    /// <exception cref="LinkageInputException">When a table lacks a column or repeats an id.</exception>
    public static RecordTable Combine(IReadOnlyList<(string Name, CsvTable Table)> tables, LinkageConfig config)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(config);
        var columns = config.Settings.Comparisons.Select(c => c.Column)
            .Concat(config.Settings.BlockingRules.SelectMany(r => r.Keys).Select(k => k.Split(':')[0]))
            .Distinct(StringComparer.Ordinal).ToArray();
        var ids = new List<string>();
        var sources = new List<int>();
        var values = columns.Select(_ => new List<string?>()).ToArray();
        for (var s = 0; s < tables.Count; s++)
        {
            var (name, table) = tables[s];
            var idIndex = IndexOf(table, config.IdColumn, name, "id_column");
            var indices = columns.Select(c => IndexOf(table, c, name, "a comparison or blocking rule")).ToArray();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var id = row[idIndex] ?? throw new LinkageInputException($"{name}: line {table.Lines[r]}: the id ({config.IdColumn}) is empty.");
                if (!seen.Add(id))
                {
                    throw new LinkageInputException($"{name}: line {table.Lines[r]}: id '{id}' appears twice.");
                }
                ids.Add(id);
                sources.Add(s);
                for (var c = 0; c < columns.Length; c++)
                {
                    values[c].Add(row[indices[c]]);
                }
            }
        }
        return new RecordTable(columns, ids, sources, values.Select(v => v.ToArray()).ToArray());
    }

    private static int IndexOf(CsvTable table, string column, string name, string usedBy)
    {
        for (var i = 0; i < table.Header.Count; i++)
        {
            if (string.Equals(table.Header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }
        throw new LinkageInputException($"{name}: line 1: no column '{column}' (named by {usedBy}).");
    }
}
