using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sightline.Interop.Linkage;
using Sightline.Linkage;
using Sightline.Linkage.Evaluation;
using Sightline.Linkage.Synthetic;

namespace Sightline.Benchmarks;

/// <summary>
/// Whole runs, one iteration each (they are long): prepare, block, train, score, cluster.
/// FEBRL: dataset2 linked to dataset3 (5,000 × 5,000) with docs/linkage/febrl.json, CSV
/// reading included. Million: 1,000,000 generated records of 700,000 people (errors as in
/// <see cref="SyntheticPeople"/>) deduplicated; the process's peak working set is printed.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LinkageEndToEndBenchmarks
{
    private SyntheticRecords million = null!;
    private string[] febrlFiles = [];
    private LinkageConfig? febrl;

    [GlobalSetup]
    public void Setup()
    {
        million = SyntheticPeople.Generate(persons: 700_000, records: 1_000_000, seed: 1);
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "Sightline.slnx")))
        {
            root = Path.GetDirectoryName(root);
        }
        // BenchmarkDotNet builds under bin/; without a repository or shared data the FEBRL run is skipped.
        if (root is not null && Directory.Exists(Path.Combine(root, "..", "shared", "data", "linkage", "febrl")))
        {
            var data = Path.Combine(root, "..", "shared", "data", "linkage", "febrl");
            febrlFiles = [Path.Combine(data, "dataset2.csv"), Path.Combine(data, "dataset3.csv")];
            febrl = LinkageConfigReader.Read(Path.Combine(root, "docs", "linkage", "febrl.json"));
        }
    }

    [Benchmark(Description = "FEBRL 5,000 × 5,000 link (CSV to pairs)")]
    public int Febrl5000x5000() =>
        febrl is null ? 0 : LinkageRun.Execute(LinkageFiles.Load(febrlFiles, febrl), febrl.Settings).Pairs.Count;

    [Benchmark(Description = "dedupe 1,000,000 generated records")]
    public int Million()
    {
        var result = LinkageRun.Execute(million.Table, SyntheticPeople.Settings);
        var f1 = LinkageEvaluation.OfPairs(result.Pairs.Select(p => (p.Left, p.Right)), million.Person, million.Table.Sources, link: false);
        Console.WriteLine($"// million: {result.CandidateCount:N0} candidates, {result.Pairs.Count:N0} pairs (precision {f1.Precision:F4}, recall {f1.Recall:F4}, F1 {f1.F1:F4}), peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB");
        return result.Pairs.Count;
    }
}
