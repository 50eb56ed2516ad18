using System.Collections.Concurrent;
using System.Globalization;

namespace Sightline.FlagBench.Measure;

/// <summary>Latencies by outcome, and their percentiles (nearest rank, from the sorted samples).</summary>
internal sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> byOutcome = new(StringComparer.Ordinal);

    public void Add(string outcome, double milliseconds) => byOutcome.GetOrAdd(outcome, _ => []).Add(milliseconds);

    public int Count => byOutcome.Values.Sum(b => b.Count);

    public void Print(string title, TimeSpan elapsed, TimeSpan? cpu = null)
    {
        var perCheck = cpu is { } used && Count > 0 ? $"; this process's CPU {used.TotalMilliseconds / Count:0.00} ms a check" : "";
        Console.WriteLine($"{title}: {Count:N0} checks in {elapsed.TotalSeconds:0.0} s = {Count / elapsed.TotalSeconds:N0}/s{perCheck}; load average {LoadAverage()}");
        Console.WriteLine("  outcome                 n       p50 ms   p90 ms   p99 ms   p99.9 ms   max ms");
        Line("all", byOutcome.Values.SelectMany(b => b).ToArray());
        foreach (var (outcome, samples) in byOutcome.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            Line(outcome, [.. samples]);
        }
    }

    /// <summary>The one-minute load average, from /proc/loadavg: other sessions share the machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>The percentile <paramref name="p"/> (0 to 100) of all samples.</summary>
    public double Percentile(double p) => Percentile(byOutcome.Values.SelectMany(b => b).Order().ToArray(), p);

    private static void Line(string outcome, double[] samples)
    {
        Array.Sort(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {outcome,-20} {samples.Length,8:N0} {Percentile(samples, 50),9:0.00} {Percentile(samples, 90),8:0.00} {Percentile(samples, 99),8:0.00} {Percentile(samples, 99.9),10:0.00} {(samples.Length == 0 ? 0 : samples[^1]),8:0.00}"));
    }

    private static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
