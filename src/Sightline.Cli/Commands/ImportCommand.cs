using System.CommandLine;
using Sightline.Cli.Hosting;
using Sightline.Core.Agencies;
using Sightline.Interop.IntakeCsv;

namespace Sightline.Cli.Commands;

/// <summary>
/// <c>sightline import --agency ID FILE.csv [--kind KIND] [--batch-size N] [--sqlite FILE] [--policy FILE]</c>:
/// an agency's spreadsheet export (docs/formats.md). The whole file is checked first, streaming; a
/// file with a problem stores nothing. Then it is stored in batches, each run through the
/// protocols; an interrupted import run again skips what it stored and carries on.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The CSV file (UTF-8, a header line, RFC 4180 quoting)." };
        var agency = new Option<string>("--agency") { Description = "The sending agency's id: every row is its record.", Required = true, HelpName = "ID" };
        var kind = new Option<string?>("--kind")
        {
            Description = $"The file's layout: persons, or an event kind ({string.Join(", ", CsvIntake.Kinds.Skip(1))}). Without it, the file has a 'kind' column.",
            HelpName = "KIND",
        };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Rows stored per transaction (and per run of the protocols).",
            DefaultValueFactory = _ => CsvImport.DefaultBatchSize,
            HelpName = "N",
        };
        var sqlite = DatabaseChoice.CreateOption();
        var policy = PolicyOption.Create();
        var command = new Command("import", "Import an agency's CSV export: check the whole file, then store it in batches (each row once, however often imported) and raise the alerts.")
        {
            file, agency, kind, batchSize, sqlite, policy,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            var layout = result.GetValue(kind);
            if (layout is not null && !CsvIntake.Kinds.Contains(layout, StringComparer.Ordinal))
            {
                await error.WriteLineAsync($"import: --kind '{layout}' is not a layout: persons, or one of {string.Join(", ", CsvIntake.Kinds.Skip(1))}");
                return ExitCodes.BadInput;
            }
            var size = result.GetValue(batchSize);
            if (size < 1)
            {
                await error.WriteLineAsync($"import: --batch-size must be at least 1, got {size}");
                return ExitCodes.BadInput;
            }
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"import: {path.FullName}: no such file");
                return ExitCodes.BadInput;
            }
            if (!PolicyOption.TryEngine(result.GetValue(policy), error, out var engine))
            {
                return ExitCodes.BadInput;
            }
            var database = DatabaseChoice.Resolve(result.GetValue(sqlite));
            var import = new CsvImport(path, new AgencyId(result.GetValue(agency)!), layout, size, result.InvocationConfiguration.Output, error);
            try
            {
                await error.WriteLineAsync($"import: {DatabaseChoice.Describe(database)}");
                await using var records = await Records.OpenAsync(database, engine, TimeProvider.System, cancellationToken);
                return await import.RunAsync(records, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                await error.WriteLineAsync("import: stopped; what was stored stays stored, and the same command carries on from there");
                return ExitCodes.Failure;
            }
            catch (Exception e) when (DatabaseFailure.Is(e))
            {
                await error.WriteLineAsync($"import: failed: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
