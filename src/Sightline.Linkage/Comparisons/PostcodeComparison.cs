using Sightline.Core.Persons;

namespace Sightline.Linkage.Comparisons;

/// <summary>UK postcodes compared in full, by sector and by district; an unparseable postcode is missing.</summary>
internal sealed class PostcodeComparison : PreparedComparison
{
    private readonly UkPostcode?[] _postcodes;
    private readonly int[] _sectors;
    private readonly int[] _districts;

    public PostcodeComparison(ComparisonSpec spec, IReadOnlyList<LevelTest> tests, IReadOnlyList<string?> raw)
        : this(spec, tests, raw.Select(v => UkPostcode.TryParse(v, out var p) ? p : null).ToArray())
    {
    }

    private PostcodeComparison(ComparisonSpec spec, IReadOnlyList<LevelTest> tests, UkPostcode?[] postcodes)
        : base(spec, tests, Intern(postcodes.Select(p => p?.Full).ToArray()))
    {
        _postcodes = postcodes;
        _sectors = Intern(postcodes.Select(p => p?.Sector).ToArray());
        _districts = Intern(postcodes.Select(p => p?.District).ToArray());
    }

    public override string? Display(int record) => _postcodes[record]?.Full;

    public override int Level(int a, int b)
    {
        if (ValueIds[a] < 0 || ValueIds[b] < 0)
        {
            return -1;
        }
        var tests = Tests;
        for (var level = 0; level < tests.Length; level++)
        {
            var pass = tests[level].Kind switch
            {
                LevelKind.Exact => ValueIds[a] == ValueIds[b],
                LevelKind.PostcodeSector => _sectors[a] == _sectors[b],
                LevelKind.PostcodeDistrict => _districts[a] == _districts[b],
                _ => false,
            };
            if (pass)
            {
                return level;
            }
        }
        return tests.Length;
    }
}
