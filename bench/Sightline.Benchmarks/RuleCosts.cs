using System.Globalization;
using Sightline.Core.Cases;
using Sightline.Core.Intake;
using Sightline.Core.Protocols;
using Sightline.Demo;

namespace Sightline.Benchmarks;

/// <summary>
/// Where the replay's time goes: N demo families held in memory are folded without rules, replayed
/// with no rules, with all of them, and with all but one (for each rule), and the CPU time per
/// event of each is reported, the best of several passes. A rule's cost is the difference between
/// all rules and all but it. CPU time rather than wall time, so that other processes sharing the
/// cores move the figures less.
/// </summary>
/// <remarks><c>--rule-costs N</c> (3,000 families take about a minute).</remarks>
internal static class RuleCosts
{
    private const int Passes = 9;

    /// <summary>Runs the measurement from the command line's arguments; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--rule-costs");
        var families = at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 3000;
        var area = DemoArea.Generate(new DemoOptions { Seed = 2026, Families = families, Today = new DateOnly(2026, 11, 21) });
        var histories = area.Families.Select(f => new CaseHistory(area.Agencies, f.Batch.Persons, f.Batch.Relationships, f.Batch.Households,
            f.Batch.Events.Select(e => e.Event).OrderBy(e => e.Date).ToList())).ToList();
        var events = histories.Sum(h => h.Events.Count);
        var all = ProtocolEngine.Default;
        var variants = new List<(string Name, Action Run)>
        {
            ("fold case state only", () => Fold(histories)),
            ("engine with no rules", () => Replay(new ProtocolEngine([], all.Calendar, all.Settings), histories)),
            ("all rules", () => Replay(all, histories)),
        };
        foreach (var rule in all.Rules)
        {
            var without = new ProtocolEngine(all.Rules.Where(r => r != rule), all.Calendar, all.Settings);
            variants.Add(("all but " + rule.Id, () => Replay(without, histories)));
        }

        var best = variants.ToDictionary(v => v.Name, _ => double.MaxValue);
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var (name, run) in variants)
            {
                var before = Environment.CpuUsage.TotalTime;
                run();
                var nanoseconds = (Environment.CpuUsage.TotalTime - before).TotalNanoseconds / events;
                best[name] = Math.Min(best[name], nanoseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{families:N0} demo families, {events:N0} events; CPU time per event, best of {Passes} passes"));
        var allRules = best["all rules"];
        foreach (var (name, _) in variants)
        {
            var cost = name.StartsWith("all but ", StringComparison.Ordinal) ? $"  (the rule: {allRules - best[name],6:F0} ns)" : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-48} {best[name],7:F0} ns{cost}"));
        }
        return 0;
    }

    private static void Fold(List<CaseHistory> histories)
    {
        foreach (var history in histories)
        {
            var state = new CaseState(history, history.Events[0].Date);
            foreach (var e in history.Events)
            {
                state.Apply(e);
            }
        }
    }

    private static void Replay(ProtocolEngine engine, List<CaseHistory> histories)
    {
        foreach (var history in histories)
        {
            engine.Replay(history, history.Events[0].Date);
        }
    }
}
