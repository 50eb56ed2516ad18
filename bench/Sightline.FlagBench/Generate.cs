using System.Diagnostics;
using System.Globalization;
using Sightline.FlagBench.Loading;
using Sightline.FlagBench.Population;
using Sightline.Storage;
using Sightline.Storage.Protocols;

namespace Sightline.FlagBench;

/// <summary>
/// <c>generate</c>: brings the benchmark database's schema up to date with the real migrations,
/// then writes the seeded population into it by bulk insert, timing each phase and reporting the
/// database's size. The database must be empty.
/// </summary>
internal static class Generate
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var database = BenchDatabase.From(args);
        var spec = PopulationSpec.From(args, SafeguardingDay.Today(TimeProvider.System));
        Console.WriteLine($"generate: {database.Describe}, {spec}");
        var total = Stopwatch.StartNew();
        var phase = Stopwatch.StartNew();
        await SightlineStore.Open(database.Storage).MigrateAsync();
        Report("schema (migrations)", phase);

        await using IBulkSink sink = database.IsSqlite ? new SqliteSink(database.ConnectionString) : new PostgresSink(database.ConnectionString);
        await sink.PrepareAsync();
        var generator = new PopulationGenerator(spec);
        await sink.AgenciesAsync(generator.Agencies());
        var written = 0L;
        var data = await generator.GenerateAsync(async person =>
        {
            await sink.PersonAsync(person);
            if (++written % 1_000_000 == 0)
            {
                Console.WriteLine($"  {written:N0} persons, {phase.Elapsed.TotalSeconds:0} s");
            }
        });
        await sink.EndPersonsAsync();
        Report($"persons ({written:N0} rows, without secondary indexes)", phase);
        await sink.FamiliesAsync(data);
        Report($"families and events ({data.Households.Count:N0} households, {data.Relationships.Count:N0} relationships, {data.Events.Count:N0} events, "
            + $"{data.PlanFlags.Count:N0} plan flags, {data.HouseholdPlans.Count:N0} household plans)", phase);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["children"] = spec.Children.ToString(CultureInfo.InvariantCulture),
            ["seed"] = spec.Seed.ToString(CultureInfo.InvariantCulture),
            ["today"] = spec.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["areas"] = spec.Areas.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (what, count) in generator.Counts)
        {
            metadata[what] = count.ToString(CultureInfo.InvariantCulture);
        }
        await sink.FinishAsync(metadata);
        Report("indexes on persons, statistics, checkpoint", phase);
        Console.WriteLine($"generated in {total.Elapsed.TotalSeconds:0.0} s:");
        foreach (var (what, count) in generator.Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {what}: {count:N0}");
        }
        await SizeAsync(database);
        return 0;
    }

    private static void Report(string what, Stopwatch phase)
    {
        Console.WriteLine($"  {what}: {phase.Elapsed.TotalSeconds:0.0} s");
        phase.Restart();
    }

    /// <summary>Prints the database's size on disk, and its largest tables and indexes.</summary>
    public static async Task SizeAsync(BenchDatabase database)
    {
        await using var connection = await database.OpenAsync();
        if (database.IsSqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            var bytes = new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
            Console.WriteLine($"disk: {bytes / 1e9:0.00} GB ({file} with its WAL)");
            return;
        }
        Console.WriteLine($"disk: {await BenchDatabase.ScalarAsync(connection, "SELECT pg_database_size(current_database())") / 1e9:0.00} GB (pg_database_size)");
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT relname, pg_total_relation_size(oid) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY 2 DESC LIMIT 6";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine($"  {reader.GetString(0)}: {reader.GetInt64(1) / 1e9:0.00} GB with its indexes");
        }
    }
}
