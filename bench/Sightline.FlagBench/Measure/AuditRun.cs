using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Audit;

namespace Sightline.FlagBench.Measure;

/// <summary>
/// <c>audit</c>: the audit append alone, as the check makes it — one <c>read</c> entry per call,
/// <c>--concurrency</c> callers at a time — to see what the hash-chained log costs per check and
/// how group commit spreads it.
/// </summary>
internal static class AuditRun
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var database = BenchDatabase.From(args);
        var appends = args.Int("appends", 5_000);
        var concurrency = args.Int("concurrency", 8);
        await using var app = BenchSite.Build(database, BenchSite.NewSigningKey(), []);
        var audit = app.Services.GetRequiredService<AuditLog>();
        var record = new AuditRecord("bench-clinician", new AgencyId("bench.a000-ed"), "practitioner", AuditAction.Read,
            new PersonId("bench.c00000001"), "flag check at emergency department: audit benchmark", "flag check", "127.0.0.1");
        for (var i = 0; i < 200; i++)
        {
            await audit.AppendAsync(record);
        }
        var latencies = new Latencies();
        var next = -1;
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < appends)
            {
                var started = Stopwatch.GetTimestamp();
                await audit.AppendAsync(record);
                latencies.Add("append", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        latencies.Print($"audit appends, {concurrency} at a time", clock.Elapsed, Environment.CpuUsage.TotalTime - cpu);
        return 0;
    }
}
