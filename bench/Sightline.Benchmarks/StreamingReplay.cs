using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Sightline.Core.Cases;
using Sightline.Core.Intake;
using Sightline.Core.Protocols;
using Sightline.Demo;

namespace Sightline.Benchmarks;

/// <summary>
/// A whole-process benchmark of the protocol engine over many demo families, streamed: the seeded
/// generator makes a family, the engine replays it (only this is timed), and both are dropped
/// before the next. Memory then holds one family's run at a time, so its peak should not grow with
/// the number of families or events.
/// </summary>
/// <remarks>
/// <c>--families N</c> streams N demo families (seed 2026, today 2026-11-21), each with its whole
/// history (about 39 events). <c>--events-per-family K</c> keeps each family's first K events in date
/// order (a quarter of the demo families have fewer, so 50,000 families give 878,442 events, not
/// 1,000,000). <c>--fold-only</c>
/// folds the case state without rules (the baseline). <c>--repeat R</c> runs the whole stream R times
/// and reports each run, the best and the median. A first, untimed pass over up to 5,000 families
/// lets tiered compilation finish optimising the engine before anything is timed.
/// </remarks>
internal static class StreamingReplay
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    /// <summary>Runs the benchmark from the command line's arguments; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var families = IntOption(args, "--families") ?? throw new ArgumentException("--families N is required.", nameof(args));
        var perFamily = IntOption(args, "--events-per-family");
        var repeat = IntOption(args, "--repeat") ?? 1;
        var foldOnly = args.Contains("--fold-only");

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(foldOnly ? "fold case state only" : "replay through all rules")}: {families:N0} demo families (seed 2026), {(perFamily is { } k ? $"first {k} events of each" : "whole histories")}, " +
            $"{Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC"));
        // Tiered JIT: the engine starts unoptimised and is recompiled as it runs; a first pass
        // lets that finish, as it has in a process that has been serving for a while.
        Once(Math.Min(families, 5000), perFamily, foldOnly);
        var rates = new List<double>();
        for (var run = 1; run <= repeat; run++)
        {
            var result = Once(families, perFamily, foldOnly);
            rates.Add(result.EventsPerSecond);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {result.Events:N0} events in {result.Engine.TotalMilliseconds:N0} ms of engine time = {result.EventsPerSecond:N0} events/s " +
                $"({result.Cpu.TotalMilliseconds:N0} ms of CPU); " +
                $"{result.Alerts:N0} alerts (checksum {result.Checksum:x16}); allocated {result.AllocatedBytes / (double)result.Events:N0} bytes/event; " +
                $"peak GC heap {result.PeakHeapBytes / 1048576.0:N1} MiB; peak working set (VmHWM) {PeakWorkingSetMiB():N1} MiB"));
        }
        rates.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best {rates[^1]:N0} events/s, median {Median(rates):N0} events/s over {repeat} run(s)"));
        return 0;
    }

    private static Result Once(int families, int? perFamily, bool foldOnly)
    {
        var engine = ProtocolEngine.Default;
        var options = new DemoOptions { Seed = 2026, Families = families, Today = Today };
        // Every family is read against the whole area's agencies, as the demo area and the
        // BenchmarkDotNet replay give them (an area's agencies are the same whatever the options).
        var agencies = DemoArea.Generate(options with { Families = 1 }).Agencies;
        var stopwatch = new Stopwatch();
        var cpu = TimeSpan.Zero;
        long events = 0;
        long alerts = 0;
        long peakHeap = 0;
        long allocated = 0;
        var checksum = Fnv.Offset;
        var number = 0;
        foreach (var family in DemoArea.Families(options))
        {
            var history = History(agencies, family, perFamily);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            stopwatch.Start();
            CaseRun? run = null;
            if (foldOnly)
            {
                var state = new CaseState(history, history.Events[0].Date);
                foreach (var e in history.Events)
                {
                    state.Apply(e);
                }
            }
            else
            {
                run = engine.Replay(history, history.Events[0].Date);
            }
            stopwatch.Stop();
            cpu += Environment.CpuUsage.TotalTime - cpuBefore;
            allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            events += history.Events.Count;
            if (run is not null)
            {
                alerts += run.Alerts.Count;
                checksum = Fnv.Add(checksum, run);
            }
            if (++number % 1000 == 0)
            {
                peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
            }
        }
        return new Result(events, stopwatch.Elapsed, cpu, alerts, checksum, allocated, peakHeap);
    }

    /// <summary>A demo family as the engine reads it: the area's agencies and the family's events in date order.</summary>
    private static CaseHistory History(IReadOnlyList<Sightline.Core.Agencies.Agency> agencies, DemoFamily family, int? perFamily)
    {
        var events = family.Batch.Events.Select(e => e.Event).OrderBy(e => e.Date);
        return new CaseHistory(
            agencies,
            family.Batch.Persons,
            family.Batch.Relationships,
            family.Batch.Households,
            (perFamily is { } k ? events.Take(k) : events).ToList());
    }

    private static int? IntOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>The process's peak resident set (VmHWM) on Linux; the current working set elsewhere.</summary>
    private static double PeakWorkingSetMiB()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        return Environment.WorkingSet / 1048576.0;
    }

    private sealed record Result(long Events, TimeSpan Engine, TimeSpan Cpu, long Alerts, ulong Checksum, long AllocatedBytes, long PeakHeapBytes)
    {
        public double EventsPerSecond => Events / Engine.TotalSeconds;
    }

    /// <summary>
    /// FNV-1a over every alert and open obligation, so that two runs (before and after a change to
    /// the engine) can be compared for identical decisions without storing them.
    /// </summary>
    private static class Fnv
    {
        public const ulong Offset = 14695981039346656037;
        private const ulong Prime = 1099511628211;

        public static ulong Add(ulong hash, CaseRun run)
        {
            foreach (var alert in run.Alerts)
            {
                hash = Add(hash, string.Create(CultureInfo.InvariantCulture,
                    $"{alert.Rule}|{alert.Key}|{alert.RaisedOn:yyyy-MM-dd}|{alert.Due:yyyy-MM-dd}|{string.Join(',', alert.Subjects)}|{string.Join(',', alert.Notify)}|{alert.Message}"));
            }
            foreach (var open in run.OpenObligations)
            {
                hash = Add(hash, string.Create(CultureInfo.InvariantCulture, $"open|{open.Rule}|{open.Key}|{open.DueOn:yyyy-MM-dd}"));
            }
            return hash;
        }

        private static ulong Add(ulong hash, string text)
        {
            foreach (var c in text)
            {
                hash = (hash ^ c) * Prime;
            }
            return (hash ^ '\n') * Prime;
        }
    }
}
