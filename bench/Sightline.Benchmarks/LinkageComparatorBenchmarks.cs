using BenchmarkDotNet.Attributes;
using Sightline.Linkage.Synthetic;
using Sightline.Linkage.Text;

namespace Sightline.Benchmarks;

/// <summary>
/// String comparators on name-length strings: 1,000 pairs of generated given names and
/// surnames per invocation, a third of them near-duplicates (typos), so results read per pair.
/// Single-threaded: the figures are per core.
/// </summary>
[MemoryDiagnoser]
public class LinkageComparatorBenchmarks
{
    private const int Pairs = 1000;
    private string[] left = [];
    private string[] right = [];

    [GlobalSetup]
    public void Generate()
    {
        var data = SyntheticPeople.Generate(persons: 2 * Pairs, records: 2 * Pairs, seed: 5);
        var given = data.Table.Column(0);
        var surname = data.Table.Column(1);
        var random = new Random(5);
        left = new string[Pairs];
        right = new string[Pairs];
        for (var i = 0; i < Pairs; i++)
        {
            left[i] = (i % 2 == 0 ? given[i] : surname[i]) ?? "smith";
            right[i] = i % 3 == 0 ? RecordNoise.Typo(left[i], random) : (i % 2 == 0 ? given[Pairs + i] : surname[Pairs + i]) ?? "jones";
        }
    }

    [Benchmark(OperationsPerInvoke = Pairs, Description = "Jaro–Winkler")]
    public double JaroWinklerPairs()
    {
        var sum = 0.0;
        for (var i = 0; i < Pairs; i++)
        {
            sum += JaroWinkler.Similarity(left[i], right[i]);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pairs, Description = "Damerau–Levenshtein ≤ 2")]
    public int DamerauPairs()
    {
        var sum = 0;
        for (var i = 0; i < Pairs; i++)
        {
            sum += EditDistance.DamerauLevenshtein(left[i], right[i], 2);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pairs, Description = "Levenshtein ≤ 2")]
    public int LevenshteinPairs()
    {
        var sum = 0;
        for (var i = 0; i < Pairs; i++)
        {
            sum += EditDistance.Levenshtein(left[i], right[i], 2);
        }
        return sum;
    }
}
