using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.FlagBench.Population;
using Sightline.Linkage.Demographics;
using Sightline.Web.Access;
using Sightline.Web.Api.Flags;
using Sightline.Web.FlagChecks;

namespace Sightline.FlagBench.Measure;

/// <summary>
/// <c>inprocess</c>: the check as the endpoint runs it — the site's own <see cref="FlagCheck"/>
/// from its service container, audit append included, attendances queued to the site's background
/// service as in production — without HTTP, from <c>--concurrency</c> workers in a closed loop.
/// </summary>
internal static class InProcessRun
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var database = BenchDatabase.From(args);
        var checks = args.Int("checks", 20_000);
        var concurrency = args.Int("concurrency", 8);
        var demographics = args.Text("mode") == "demographics";
        var targets = await CheckSample.DrawAsync(database, checks, args.Double("flagged-share", 0), args.Double("unknown-share", 0), args.Int("seed", 7));
        // Started, on a port nobody calls, for its background services: flagged checks' attendances are recorded there.
        await using var app = BenchSite.Build(database, BenchSite.NewSigningKey(), ["http://127.0.0.1:0"], args.Flag("sql"));
        await app.StartAsync();
        var check = app.Services.GetRequiredService<FlagCheck>();
        var requester = new Requester("bench-clinician", new AgencyId(PopulationGenerator.EdOf(0)), [SightlineRoles.Practitioner], "127.0.0.1");
        Console.WriteLine($"inprocess: {database.Describe}, {checks:N0} checks by {(demographics ? "demographics" : "NHS number")}, {concurrency} at a time");

        async Task<string> OneAsync(CheckTarget target)
        {
            var query = demographics
                ? FlagCheckQuery.ByDemographics(new DemographicQuery(target.Name, target.Born, UkPostcode.Parse(target.Postcode)))
                : FlagCheckQuery.ByNhsNumber(NhsNumber.Parse(target.NhsNumber));
            var result = await check.CheckAsync(requester, query, CancellationToken.None);
            return FlagApi.Outcome(result.Outcome);
        }

        // Warm up: JIT, connection pools, the database's cache for the indexes' upper pages.
        foreach (var target in targets.Take(Math.Min(500, targets.Count)))
        {
            await OneAsync(target);
        }
        var latencies = new Latencies();
        var next = -1;
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < targets.Count)
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await OneAsync(targets[i]);
                latencies.Add(outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        latencies.Print("in-process", elapsed, Environment.CpuUsage.TotalTime - cpu);
        var drain = Stopwatch.StartNew();
        await app.StopAsync();
        Console.WriteLine($"  (the flagged checks' attendances and rule runs still queued took {drain.Elapsed.TotalSeconds:0.0} s more to record)");
        return 0;
    }
}
