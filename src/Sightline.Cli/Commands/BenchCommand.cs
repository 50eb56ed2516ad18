using System.CommandLine;
using System.Text;
using Sightline.Cli.Hosting;
using Sightline.Core.Intake;
using Sightline.Demo.Intake;

namespace Sightline.Cli.Commands;

/// <summary>
/// <c>sightline bench csv --out DIR [--rows N] [--events-per-child N] [--seed S] [--sqlite FILE]</c>:
/// writes the intake benchmark's seeded CSV files (a persons file and an events file of Benchshire
/// health visiting) and stores their agencies in the database, ready for <c>sightline import</c>
/// (docs/benchmarks.md).
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write persons.csv and events.csv.", Required = true, HelpName = "DIR" };
        var rows = new Option<int>("--rows") { Description = "Rows of events.csv.", DefaultValueFactory = _ => 1_000_000, HelpName = "N" };
        var perChild = new Option<int>("--events-per-child") { Description = "Events per child.", DefaultValueFactory = _ => 20, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed writes the same files.", DefaultValueFactory = _ => 2026, HelpName = "S" };
        var sqlite = DatabaseChoice.CreateOption();
        var csv = new Command("csv", "Write the intake benchmark's seeded CSV files and store their agencies in the database.")
        {
            output, rows, perChild, seed, sqlite,
        };
        csv.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            var options = new IntakeFileOptions { Rows = result.GetValue(rows), EventsPerChild = result.GetValue(perChild), Seed = result.GetValue(seed) };
            if (options.Rows < 1 || options.EventsPerChild < 1)
            {
                await error.WriteLineAsync("bench csv: --rows and --events-per-child must be at least 1");
                return ExitCodes.BadInput;
            }
            var folder = result.GetValue(output)!;
            folder.Create();
            var utf8 = new UTF8Encoding(false);
            await using (var persons = new StreamWriter(Path.Combine(folder.FullName, "persons.csv"), false, utf8))
            {
                IntakeFiles.WritePersons(persons, options);
            }
            await using (var events = new StreamWriter(Path.Combine(folder.FullName, "events.csv"), false, utf8))
            {
                IntakeFiles.WriteEvents(events, options);
            }
            await error.WriteLineAsync($"bench csv: {folder.FullName}: persons.csv ({Counted.Of(options.Families, "family", "families")}), events.csv ({Counted.Of(options.Rows, "row")}), seed {options.Seed}");
            var database = DatabaseChoice.Resolve(result.GetValue(sqlite));
            try
            {
                var store = Storage.SightlineStore.Open(database);
                await store.MigrateAsync(cancellationToken);
                await store.StoreBatchAsync(new IntakeBatch { Agencies = IntakeFiles.Agencies }, cancellationToken);
                await error.WriteLineAsync($"bench csv: agencies stored in the {DatabaseChoice.Describe(database)}; import with --agency {IntakeFiles.Sender.Id}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (DatabaseFailure.Is(e))
            {
                await error.WriteLineAsync($"bench csv: failed: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return new Command("bench", "Benchmark helpers (docs/benchmarks.md).") { csv };
    }
}
