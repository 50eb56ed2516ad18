using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.FlagBench.Population;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Flags;

namespace Sightline.FlagBench.Measure;

/// <summary>
/// <c>parts</c>: each read and write the check makes, alone, one after another, with the wall and
/// CPU time each takes: where the time of a check goes.
/// </summary>
internal static class PartsRun
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var database = BenchDatabase.From(args);
        var rounds = args.Int("rounds", 2000);
        var targets = await CheckSample.DrawAsync(database, rounds, 0, 0, 17);
        await using var app = BenchSite.Build(database, BenchSite.NewSigningKey(), []);
        var store = app.Services.GetRequiredService<SightlineStore>();
        var flags = app.Services.GetRequiredService<FlagRecords>();
        var audit = app.Services.GetRequiredService<AuditLog>();
        var ed = new AgencyId(PopulationGenerator.EdOf(0));
        var ids = new List<PersonId>();
        foreach (var t in targets)
        {
            ids.Add((await store.FindPersonsByNhsNumberAsync(NhsNumber.Parse(t.NhsNumber)))[0].Id);
        }
        var cutoff = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-365);
        await TimeAsync("agency by id", rounds, i => store.FindAgencyAsync(ed));
        await TimeAsync("persons by NHS number", rounds, i => store.FindPersonsByNhsNumberAsync(NhsNumber.Parse(targets[i].NhsNumber)));
        await TimeAsync("records resolved", rounds, i => store.ResolveRecordsAsync([ids[i]]));
        await TimeAsync("flags (own and household)", rounds, i => flags.FlagsAsync([ids[i]], cutoff));
        await TimeAsync("attendances (latest 25)", rounds, i => flags.AttendancesAsync([ids[i]], 25));
        var matcher = new Sightline.Linkage.Demographics.DemographicMatcher();
        var born = new List<IReadOnlyList<Person>>();
        await TimeAsync("persons born on a day", Math.Min(rounds, 300), async i => born.Add(await store.FindPersonsBornOnAsync(targets[i].Born)));
        await TimeAsync("score them (demographics)", Math.Min(rounds, 300), i =>
        {
            var t = targets[i];
            matcher.Confident(new Sightline.Linkage.Demographics.DemographicQuery(t.Name, t.Born, UkPostcode.Parse(t.Postcode)), born[i % born.Count]);
            return Task.CompletedTask;
        });
        await TimeAsync("audit append (one entry)", rounds, i => audit.AppendAsync(new AuditRecord("bench", ed, "practitioner", AuditAction.Read, ids[i], "flag check at emergency department: parts", "flag check", null)));
        return 0;
    }

    private static async Task TimeAsync(string what, int rounds, Func<int, Task> call)
    {
        for (var i = 0; i < Math.Min(200, rounds); i++)
        {
            await call(i);
        }
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            await call(i);
        }
        Console.WriteLine($"  {what,-28} {clock.Elapsed.TotalMilliseconds / rounds,7:0.000} ms wall {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / rounds,7:0.000} ms CPU  (load {Latencies.LoadAverage()})");
    }
}
