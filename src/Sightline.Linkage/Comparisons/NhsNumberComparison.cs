using Sightline.Core.Persons;

namespace Sightline.Linkage.Comparisons;

/// <summary>
/// NHS numbers compared exactly. A number whose check digit fails is a typing error of unknown
/// kind, so it counts as missing (no weight) rather than as evidence of a different person.
/// </summary>
internal sealed class NhsNumberComparison : PreparedComparison
{
    private readonly string?[] _numbers;

    public NhsNumberComparison(ComparisonSpec spec, IReadOnlyList<LevelTest> tests, IReadOnlyList<string?> raw)
        : this(spec, tests, raw.Select(v => NhsNumber.TryParse(v, out var n) ? n.Value.Value : null).ToArray())
    {
    }

    private NhsNumberComparison(ComparisonSpec spec, IReadOnlyList<LevelTest> tests, string?[] numbers)
        : base(spec, tests, Intern(numbers)) => _numbers = numbers;

    public override string? Display(int record) => _numbers[record];

    public override int Level(int a, int b)
    {
        var ia = ValueIds[a];
        var ib = ValueIds[b];
        if (ia < 0 || ib < 0)
        {
            return -1;
        }
        return ia == ib ? 0 : Tests.Length;
    }
}
