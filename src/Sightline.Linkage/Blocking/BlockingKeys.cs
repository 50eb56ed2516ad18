using Sightline.Core.Persons;
using System.Globalization;
using Sightline.Linkage.Text;

namespace Sightline.Linkage.Blocking;

/// <summary>Each record's key under each blocking rule, interned to an int (−1 when a key part is missing).</summary>
internal static class BlockingKeys
{
    public static int[] Compute(BlockingRule rule, RecordTable table, string field)
    {
        if (rule.Keys.Count == 0)
        {
            throw new LinkageSettingsException($"{field}.keys", "a rule needs at least one key.");
        }
        var parts = rule.Keys.Select((k, i) => Part(k, table, $"{field}.keys[{i}]")).ToArray();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new int[table.Count];
        var builder = new System.Text.StringBuilder();
        for (var r = 0; r < table.Count; r++)
        {
            builder.Clear();
            var missing = false;
            foreach (var part in parts)
            {
                var value = part(r);
                if (value is null)
                {
                    missing = true;
                    break;
                }
                // A separator no folded value contains, so ("ab","c") and ("a","bc") differ.
                builder.Append(value).Append('\u0001');
            }
            if (missing)
            {
                keys[r] = -1;
                continue;
            }
            var key = builder.ToString();
            if (!ids.TryGetValue(key, out var id))
            {
                ids[key] = id = ids.Count;
            }
            keys[r] = id;
        }
        return keys;
    }

    private static Func<int, string?> Part(string key, RecordTable table, string field)
    {
        var pieces = key.Split(':');
        var column = table.ColumnIndex(pieces[0]);
        if (column < 0)
        {
            throw new LinkageSettingsException(field, $"the records have no column '{pieces[0]}'.");
        }
        var values = table.Column(column).Select(TextFolding.Normalize).ToArray();
        var transform = pieces.Length > 1 ? pieces[1] : "exact";
        int? length = pieces.Length == 3 && int.TryParse(pieces[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
        switch (transform)
        {
            case "exact" when pieces.Length == 1 || (pieces.Length == 2):
                return r => values[r];
            case "phonetic" when pieces.Length == 2:
                var codes = values.Select(v => v is null ? null : Nysiis.Encode(v)).Select(c => string.IsNullOrEmpty(c) ? null : c).ToArray();
                return r => codes[r];
            case "district" when pieces.Length == 2:
                var districts = table.Column(column).Select(v => UkPostcode.TryParse(v, out var p) ? p!.District : null).ToArray();
                return r => districts[r];
            case "prefix" when length is not null:
                var prefixes = values.Select(v => v is null ? null : v[..Math.Min(v.Length, length.Value)]).ToArray();
                return r => prefixes[r];
            case "suffix" when length is not null:
                var suffixes = values.Select(v => v is null ? null : v[^Math.Min(v.Length, length.Value)..]).ToArray();
                return r => suffixes[r];
            default:
                throw new LinkageSettingsException(field,
                    $"'{key}' is not a key: use COLUMN, COLUMN:phonetic, COLUMN:district, COLUMN:prefix:N or COLUMN:suffix:N.");
        }
    }
}
