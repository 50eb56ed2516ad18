using Microsoft.EntityFrameworkCore;
using Sightline.Core.Protocols;
using Sightline.Interop.Replay;
using Sightline.Interop.Scenarios;
using Sightline.Storage;
using Sightline.Storage.Configuration;
using Sightline.Storage.Protocols;

namespace Sightline.Acceptance.Tests;

/// <summary>
/// One engine, two clocks: a scenario stored event by event while a test clock walks day by day,
/// with the scheduler's run every morning, raises exactly the alerts its replay raises.
/// </summary>
public sealed class LiveIngestionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sightline-live-").FullName;

    public static TheoryData<string> Scenarios() => ScenarioReplayTests.SharedScenarios();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task A_scenario_stored_day_by_day_raises_the_same_alerts_as_its_replay(string file)
    {
        var read = ScenarioReader.Read(file);
        Assert.True(read.IsLoaded, string.Join(Environment.NewLine, read.Problems));
        var scenario = read.Scenario;
        var batch = ScenarioBatch.ToIntakeBatch(scenario);
        var replayed = ScenarioReplay.Run(scenario, ProtocolEngine.Default).Alerts.Select(a => Describe(a, scenario.Id + ".")).Order(StringComparer.Ordinal).ToList();

        var clock = new TestClock(DateTimeOffset.MinValue);
        clock.MorningOf(scenario.Start);
        var options = new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(folder, scenario.Id + ".db")}" };
        var contexts = new Contexts(options.BuildContextOptions());
        var store = new SightlineStore(contexts, clock);
        await store.MigrateAsync();
        var live = new LiveProtocols(store, contexts, ProtocolEngine.Default, clock);
        await store.StoreBatchAsync(batch with { Events = [] });

        var last = scenario.History.Events[^1].Date;
        var byDay = batch.Events.ToLookup(e => e.Event.Date);
        for (var day = scenario.Start; day <= last; day = day.AddDays(1))
        {
            clock.MorningOf(day);
            await live.RunDueAsync();
            foreach (var sourced in byDay[day])
            {
                var one = batch with { Events = [sourced] };
                await store.StoreBatchAsync(one);
                await live.RunAfterBatchAsync(one);
            }
        }
        clock.MorningOf(last.AddDays(1));
        await live.RunDueAsync();

        var alerts = new SightlineAlerts(contexts);
        var stored = new Dictionary<long, Alert>();
        foreach (var person in batch.Persons)
        {
            foreach (var a in await alerts.ForPersonAsync(person.Id))
            {
                stored[a.Id] = a.Alert;
            }
        }
        var live_ = stored.Values.Select(a => Describe(a, "")).Order(StringComparer.Ordinal).ToList();
        var missing = replayed.Except(live_).ToList();
        var extra = live_.Except(replayed).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0 && replayed.Count == live_.Count,
            $"Only in the replay:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}{Environment.NewLine}Only live:{Environment.NewLine}{string.Join(Environment.NewLine, extra)}");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>An alert as text, with the replay's local ids namespaced as storage holds them.</summary>
    private static string Describe(Alert a, string prefix) =>
        $"{a.RaisedOn:yyyy-MM-dd} {a.Rule} [{string.Join(",", a.Subjects.Select(s => prefix + s.Value).Order(StringComparer.Ordinal))}] -> [{string.Join(",", a.Notify.Select(n => prefix + n.Value))}] due {a.Due:yyyy-MM-dd}";

    private sealed class Contexts(DbContextOptions<SightlineDbContext> options) : IDbContextFactory<SightlineDbContext>
    {
        public SightlineDbContext CreateDbContext() => new(options);
    }
}
