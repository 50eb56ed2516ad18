using Sightline.Linkage.Text;

namespace Sightline.Linkage.Comparisons;

/// <summary>Free text compared exactly, by alias, phonetically, by initial or by edit similarity.</summary>
internal sealed class TextComparison : PreparedComparison
{
    private readonly string?[] _values;
    private readonly int[] _phonetic;
    private readonly int[][] _aliases;

    public TextComparison(ComparisonSpec spec, IReadOnlyList<LevelTest> tests, IReadOnlyList<string?> raw)
        : this(spec, tests, raw.Select(TextFolding.Normalize).ToArray())
    {
    }

    private TextComparison(ComparisonSpec spec, IReadOnlyList<LevelTest> tests, string?[] values)
        : base(spec, tests, Intern(values))
    {
        _values = values;
        // Codes and alias groups are worked out once per record, only when a level needs them.
        _phonetic = tests.Any(t => t.Kind == LevelKind.Phonetic)
            ? Intern(values.Select(v => v is null ? null : NullIfEmpty(Nysiis.Encode(v))).ToArray())
            : [];
        _aliases = tests.Any(t => t.Kind == LevelKind.Alias)
            ? values.Select(v => NicknameTable.Default.GroupsOf(v)).ToArray()
            : [];
    }

    public override string? Display(int record) => _values[record];

    public override int Level(int a, int b)
    {
        var ia = ValueIds[a];
        var ib = ValueIds[b];
        if (ia < 0 || ib < 0)
        {
            return -1;
        }
        var tests = Tests;
        var similarity = -1.0;
        for (var level = 0; level < tests.Length; level++)
        {
            var test = tests[level];
            var pass = test.Kind switch
            {
                LevelKind.Exact => ia == ib,
                LevelKind.Phonetic => _phonetic[a] >= 0 && _phonetic[a] == _phonetic[b],
                LevelKind.Alias => NicknameTable.ShareGroup(_aliases[a], _aliases[b]),
                LevelKind.Initial => Initial(_values[a]!, _values[b]!),
                LevelKind.JaroWinkler => (similarity < 0 ? similarity = JaroWinkler.Similarity(_values[a], _values[b]) : similarity) >= test.Parameter,
                LevelKind.Levenshtein => EditDistance.Levenshtein(_values[a], _values[b], (int)test.Parameter) <= test.Parameter,
                LevelKind.Damerau => EditDistance.DamerauLevenshtein(_values[a], _values[b], (int)test.Parameter) <= test.Parameter,
                _ => false,
            };
            if (pass)
            {
                return level;
            }
        }
        return tests.Length;
    }

    // "J" and "John" agree by initial; "John" and "Jane" do not — both must not be full names.
    private static bool Initial(string a, string b) => a[0] == b[0] && (a.Length == 1 || b.Length == 1);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
