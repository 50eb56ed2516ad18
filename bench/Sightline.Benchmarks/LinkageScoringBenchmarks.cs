using BenchmarkDotNet.Attributes;
using Sightline.Linkage;
using Sightline.Linkage.Blocking;
using Sightline.Linkage.Synthetic;
using Sightline.Linkage.Training;

namespace Sightline.Benchmarks;

/// <summary>
/// Scoring throughput of the six-comparison person model (term-frequency adjustment on both
/// names) over the blocked candidate pairs of 1,000,000 generated records, on all cores.
/// Pairs per second = candidates / mean time.
/// </summary>
[MemoryDiagnoser]
public class LinkageScoringBenchmarks
{
    private LinkageSession session = null!;
    private CandidatePairs candidates = null!;
    private LinkageModel model = null!;

    [GlobalSetup]
    public void Train()
    {
        var data = SyntheticPeople.Generate(persons: 700_000, records: 1_000_000, seed: 9);
        session = new LinkageSession(SyntheticPeople.Settings, data.Table);
        candidates = session.Block();
        model = session.Train(candidates);
        Console.WriteLine($"// candidate pairs: {candidates.Count:N0}");
    }

    [Benchmark(Description = "score all candidate pairs (all cores)")]
    public int Score() => session.Score(model, candidates, 0.9).Count;

    [Benchmark(Description = "score all candidate pairs (one core)")]
    public int ScoreOneCore()
    {
        var found = 0;
        for (var i = 0L; i < candidates.Count; i++)
        {
            var (left, right) = candidates[i];
            if (session.Probability(model, left, right) >= 0.9)
            {
                found++;
            }
        }
        return found;
    }
}
