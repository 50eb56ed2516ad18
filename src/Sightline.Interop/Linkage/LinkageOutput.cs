using System.Globalization;
using System.Text;
using Sightline.Linkage;
using Sightline.Linkage.Scoring;

namespace Sightline.Interop.Linkage;

/// <summary>Writes a linkage run's pairs (<c>left_id,right_id,probability</c>) and clusters (<c>id,cluster</c>) as CSV.</summary>
public static class LinkageOutput
{
    /// <summary>Writes every pair, probability to six decimals.</summary>
    public static void WritePairs(string path, RecordTable records, IEnumerable<ScoredPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(pairs);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("left_id,right_id,probability\n");
        foreach (var p in pairs)
        {
            writer.Write(Field(records.Ids[p.Left]));
            writer.Write(',');
            writer.Write(Field(records.Ids[p.Right]));
            writer.Write(',');
            writer.Write(p.Probability.ToString("0.######", CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    /// <summary>Writes each record's cluster, named by the id of the cluster's first record.</summary>
    public static void WriteClusters(string path, RecordTable records, IReadOnlyList<int> clusters)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(clusters);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("id,cluster\n");
        for (var i = 0; i < records.Count; i++)
        {
            writer.Write(Field(records.Ids[i]));
            writer.Write(',');
            writer.Write(Field(records.Ids[clusters[i]]));
            writer.Write('\n');
        }
    }

    /// <summary>Writes a table as CSV (header first; a missing value is an empty field).</summary>
    public static void WriteTable(string path, CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(string.Join(',', table.Header.Select(Field)));
        writer.Write('\n');
        foreach (var row in table.Rows)
        {
            writer.Write(string.Join(',', row.Select(v => v is null ? string.Empty : Field(v))));
            writer.Write('\n');
        }
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
