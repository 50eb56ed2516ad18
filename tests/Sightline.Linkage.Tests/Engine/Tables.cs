namespace Sightline.Linkage.Tests.Engine;

internal static class Tables
{
    /// <summary>A one-column-per-name table from rows; source 0 unless given.</summary>
    public static RecordTable Of(string[] columns, params (string Id, int Source, string?[] Values)[] rows) =>
        RecordTable.FromRecords(columns, rows.Select(r => new LinkageRecord(r.Id, r.Source, r.Values)).ToArray());

    public static RecordTable Column(string column, params string?[] values) =>
        Of([column], values.Select((v, i) => ($"r{i}", 0, new[] { v })).ToArray());
}
