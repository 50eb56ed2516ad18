using BenchmarkDotNet.Attributes;
using Sightline.Core.Cases;
using Sightline.Core.Intake;
using Sightline.Core.Protocols;
using Sightline.Demo;

namespace Sightline.Benchmarks;

/// <summary>
/// The protocol engine over the demo area's families: folding the case state alone (the
/// baseline) against the full engine with all 27 rules and end-of-day checks. What a live run
/// after each batch, and a replay, cost per family.
/// </summary>
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    private CaseHistory[] families = [];

    /// <summary>How many demo families each operation folds.</summary>
    [Params(300)]
    public int Families { get; set; }

    [GlobalSetup]
    public void Generate()
    {
        var area = DemoArea.Generate(new DemoOptions { Seed = 2026, Families = Families, Today = new DateOnly(2026, 11, 21) });
        families = area.Families.Select(f => new CaseHistory(
            area.Agencies,
            f.Batch.Persons,
            f.Batch.Relationships,
            f.Batch.Households,
            f.Batch.Events.Select(e => e.Event).OrderBy(e => e.Date).ToList())).ToArray();
    }

    [Benchmark(Baseline = true, Description = "fold case state only")]
    public int FoldOnly()
    {
        var applied = 0;
        foreach (var history in families)
        {
            var state = new CaseState(history);
            foreach (var e in history.Events)
            {
                state.Apply(e);
                applied++;
            }
        }
        return applied;
    }

    [Benchmark(Description = "replay through all rules")]
    public int ReplayAllRules()
    {
        var alerts = 0;
        foreach (var history in families)
        {
            alerts += ProtocolEngine.Default.Replay(history, history.Events.Count > 0 ? history.Events[0].Date : null).Alerts.Count;
        }
        return alerts;
    }
}
