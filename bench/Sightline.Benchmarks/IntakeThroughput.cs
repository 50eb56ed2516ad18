using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Intake;
using Sightline.Demo.Intake;
using Sightline.Interop.Csv;
using Sightline.Interop.IntakeCsv;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Configuration;
using Sightline.Storage.Protocols;
using Sightline.Web;
using Sightline.Web.Intake;

namespace Sightline.Benchmarks;

/// <summary>
/// Where the time of an import goes: the files of <c>sightline bench csv</c> stored batch by batch
/// as <c>sightline import</c> stores them (the same reader, the same store, audit and live
/// protocols), with each stage timed on its own.
/// </summary>
/// <remarks>
/// <c>--intake DIR</c> (holding persons.csv and events.csv) with <c>--sqlite FILE</c> (a new file) or
/// <c>--postgres CONNECTION</c> (an empty database), <c>--batch-size N</c> (default 5,000).
/// </remarks>
internal static class IntakeThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folder = Option(args, "--intake") ?? throw new ArgumentException("--intake DIR is required.", nameof(args));
        var batchSize = int.Parse(Option(args, "--batch-size") ?? "5000", CultureInfo.InvariantCulture);
        var database = Option(args, "--postgres") is { } postgres
            ? new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = postgres }
            : SiteDatabase.SqliteFile(Option(args, "--sqlite") ?? throw new ArgumentException("--sqlite FILE or --postgres CONNECTION is required.", nameof(args)));
        await using var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSightlineStorage(storage =>
            {
                storage.Provider = database.Provider;
                storage.ConnectionString = database.ConnectionString;
            })
            .AddSightlineProtocols()
            .AddSightlineAudit()
            .AddSingleton<IntakeDesk>()
            .BuildServiceProvider();
        var store = services.GetRequiredService<SightlineStore>();
        await store.MigrateAsync();
        await store.StoreBatchAsync(new IntakeBatch { Agencies = IntakeFiles.Agencies });
        Console.WriteLine($"intake benchmark: {database.Provider}, batches of {batchSize:N0} rows, {Environment.ProcessorCount} cores");
        await FileAsync(services, Path.Combine(folder, "persons.csv"), CsvIntake.PersonsKind, batchSize);
        await FileAsync(services, Path.Combine(folder, "events.csv"), null, batchSize);
        return 0;
    }

    private static async Task FileAsync(IServiceProvider services, string path, string? kind, int batchSize)
    {
        var desk = services.GetRequiredService<IntakeDesk>();
        var store = services.GetRequiredService<SightlineStore>();
        var audit = services.GetRequiredService<AuditLog>();
        var live = services.GetRequiredService<LiveProtocols>();
        var sender = IntakeFiles.Sender.Id;
        var actor = new AuditRecord("bench", sender, null, AuditAction.Write, null, "bench", null, null);
        using var text = new StreamReader(path, new UTF8Encoding(false, true));
        var reader = new CsvRecordReader(text);
        var intake = CsvIntake.Open(reader.Read()!, kind, sender, out _);
        var (check, build, storing, auditing, rules) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        var (rows, alerts, families) = (0, 0, 0);
        var total = Stopwatch.StartNew();
        var chunk = new List<CsvRecord>(batchSize);
        async Task Flush()
        {
            var watch = Stopwatch.StartNew();
            var context = await desk.ContextAsync(sender, intake.PersonsMentioned(chunk), CancellationToken.None);
            var problems = intake.Check(chunk, context);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"{path}:{problems[0]}");
            }
            check += watch.Elapsed;
            watch.Restart();
            var batch = intake.Build(chunk);
            build += watch.Elapsed;
            watch.Restart();
            await store.StoreBatchAsync(batch);
            storing += watch.Elapsed;
            watch.Restart();
            await audit.AppendAsync(actor);
            auditing += watch.Elapsed;
            watch.Restart();
            var run = await live.RunAfterBatchAsync(batch);
            rules += watch.Elapsed;
            rows += chunk.Count;
            alerts += run.AlertsRaised;
            families += run.Families;
            chunk = new List<CsvRecord>(batchSize);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Path.GetFileName(path)}: {rows:N0} rows, {rows / total.Elapsed.TotalSeconds:N0} rows/s so far (check {check.TotalSeconds:N1} s, build {build.TotalSeconds:N1} s, store {storing.TotalSeconds:N1} s, audit {auditing.TotalSeconds:N1} s, rules {rules.TotalSeconds:N1} s; {families:N0} family runs, {alerts:N0} alerts)"));
        }
        while (reader.Read() is { } row)
        {
            if (chunk.Count >= batchSize && intake.MayStartChunk(chunk[^1], row))
            {
                await Flush();
            }
            chunk.Add(row);
        }
        if (chunk.Count > 0)
        {
            await Flush();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path)}: {rows:N0} rows in {total.Elapsed.TotalSeconds:N1} s = {rows / total.Elapsed.TotalSeconds:N0} rows/s"));
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
