using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Sightline.Interop.Linkage;
using Sightline.Linkage.Evaluation;
using Sightline.Linkage.Synthetic;

namespace Sightline.Linkage.Tests.Accuracy;

/// <summary>Runs each data set once per test class (training included) and keeps the outcome.</summary>
public sealed partial class AccuracyRuns
{
    private readonly ConcurrentDictionary<string, Lazy<AccuracyOutcome>> _runs = new();

    public AccuracyOutcome Get(string dataSet, Func<AccuracyOutcome> run) =>
        _runs.GetOrAdd(dataSet, _ => new Lazy<AccuracyOutcome>(run)).Value;

    public static AccuracyOutcome Measure(string name, RecordTable records, LinkageSettings settings, IReadOnlyList<string> truth)
    {
        var result = LinkageRun.Execute(records, settings);
        var link = records.SourceCount > 1;
        var pairs = LinkageEvaluation.OfPairs(result.Pairs.Select(p => (p.Left, p.Right)), truth, records.Sources, link);
        var clusters = LinkageEvaluation.OfClusters(result.Clusters, truth, records.Sources, link);
        var candidates = new LinkageSession(settings, records).Block();
        var blocked = LinkageEvaluation.OfPairs(Enumerable.Range(0, (int)candidates.Count).Select(i => candidates[i]), truth, records.Sources, link);
        return new AccuracyOutcome(name, pairs, clusters, candidates.Count, blocked.Recall);
    }

    public static AccuracyOutcome Febrl(string file)
    {
        var config = LinkageData.Config("febrl.json");
        var records = LinkageFiles.Load([Path.Combine(LinkageData.SharedData!, "febrl", file)], config);
        var truth = records.Ids.Select(id => FebrlEntity().Match(id).Groups[1].Value).ToArray();
        return Measure($"FEBRL {file}", records, config.Settings, truth);
    }

    public static AccuracyOutcome Fake1000()
    {
        var config = LinkageData.Config("fake_1000.json");
        var path = Path.Combine(LinkageData.SharedData!, "splink", "fake_1000.csv");
        var records = LinkageFiles.Load([path], config);
        var csv = CsvParser.Parse(File.ReadAllText(path), "fake_1000.csv");
        var cluster = csv.Header.ToList().IndexOf("cluster");
        return Measure("fake_1000", records, config.Settings, csv.Rows.Select(r => r[cluster]!).ToArray());
    }

    public static AccuracyOutcome Pseudopeople()
    {
        var config = LinkageData.Config("pseudopeople.json");
        CsvTable Read(string file) => CsvParser.Parse(File.ReadAllText(Path.Combine(LinkageData.SharedData!, "pseudopeople", file)), file);
        var tables = PseudopeopleNoise.Build(Read("decennial_census.csv"), Read("social_security.csv"), Read("women_infants_and_children.csv"), seed: 2026);
        // Kept beside the test binaries so `sightline link` can be run on the same set (docs/linkage.md).
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "linkage-sets", "pseudopeople")).FullName;
        foreach (var (name, table) in tables)
        {
            LinkageOutput.WriteTable(Path.Combine(folder, $"{name}.csv"), table);
        }
        var records = LinkageFiles.Combine(tables, config);
        var truth = tables.SelectMany(t => t.Table.Rows.Select(r => r[1]!)).ToArray();
        return Measure("pseudopeople census ↔ SSA ↔ WIC", records, config.Settings, truth);
    }

    /// <summary>Stand-in when ../shared is absent: generated records with known persons.</summary>
    public static AccuracyOutcome Synthetic()
    {
        var data = SyntheticPeople.Generate(persons: 3000, records: 4000, seed: 7);
        return Measure("synthetic 4,000", data.Table, SyntheticPeople.Settings, data.Person);
    }

    [GeneratedRegex(@"rec-(\d+)")]
    private static partial Regex FebrlEntity();
}
