namespace Sightline.Linkage.Comparisons;

/// <summary>
/// A comparison with every record's value already normalised, interned and encoded, so
/// comparing two records is array reads and at most one string-similarity call.
/// Levels: 0 is the strongest, <see cref="LevelCount"/> − 1 is "else", −1 is missing.
/// </summary>
internal abstract class PreparedComparison
{
    protected PreparedComparison(ComparisonSpec spec, IReadOnlyList<LevelTest> tests, int[] valueIds)
    {
        Spec = spec;
        Tests = [.. tests];
        ValueIds = valueIds;
        var counts = new Dictionary<int, int>();
        var present = 0;
        foreach (var id in valueIds)
        {
            if (id >= 0)
            {
                present++;
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }
        // p(v): the share of records with a value that have this one; the u of agreeing on v.
        ValueFrequency = new float[valueIds.Length];
        for (var i = 0; i < valueIds.Length; i++)
        {
            ValueFrequency[i] = valueIds[i] >= 0 ? (float)counts[valueIds[i]] / present : 0f;
        }
    }

    public ComparisonSpec Spec { get; }

    public LevelTest[] Tests { get; }

    /// <summary>Each record's value as an interned id (−1 when missing): exact agreement is id equality.</summary>
    public int[] ValueIds { get; }

    /// <summary>Each record's share of the column's values, for term-frequency adjustment.</summary>
    public float[] ValueFrequency { get; }

    public int LevelCount => Tests.Length + 1;

    /// <summary>The label of a level, as in the settings ("else" for the last).</summary>
    public string LevelLabel(int level) => level < 0 ? "missing" : level < Tests.Length ? Spec.Levels[level] : "else";

    /// <summary>The level at which records <paramref name="a"/> and <paramref name="b"/> agree; −1 when either is missing.</summary>
    public abstract int Level(int a, int b);

    /// <summary>The displayable value of a record, for explanations.</summary>
    public abstract string? Display(int record);

    protected static int[] Intern<T>(IReadOnlyList<T?> keys)
        where T : notnull
    {
        var ids = new Dictionary<T, int>();
        var result = new int[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key is null)
            {
                result[i] = -1;
                continue;
            }
            if (!ids.TryGetValue(key, out var id))
            {
                ids[key] = id = ids.Count;
            }
            result[i] = id;
        }
        return result;
    }

    /// <summary>Prepares a comparison over a table, naming <paramref name="field"/> in errors.</summary>
    public static PreparedComparison Create(ComparisonSpec spec, RecordTable table, string field)
    {
        var column = table.ColumnIndex(spec.Column);
        if (column < 0)
        {
            throw new LinkageSettingsException($"{field}.column", $"the records have no column '{spec.Column}'.");
        }
        if (spec.Levels.Count is 0 or > 14)
        {
            throw new LinkageSettingsException($"{field}.levels", "between 1 and 14 levels are needed.");
        }
        var tests = spec.Levels.Select((l, i) => LevelTest.Parse(l, spec.Type, $"{field}.levels[{i}]")).ToArray();
        var values = table.Column(column);
        return spec.Type switch
        {
            ComparisonType.Text => new TextComparison(spec, tests, values),
            ComparisonType.Date => new DateComparison(spec, tests, values),
            ComparisonType.Postcode => new PostcodeComparison(spec, tests, values),
            _ => new NhsNumberComparison(spec, tests, values),
        };
    }
}
