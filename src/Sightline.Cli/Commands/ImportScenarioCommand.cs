using System.CommandLine;
using System.Globalization;
using Sightline.Cli.Hosting;

namespace Sightline.Cli.Commands;

/// <summary>
/// <c>sightline import-scenario FILE... [--sqlite FILE] [--policy FILE]</c>: stores scenario files as
/// agency records, one batch per file, and runs the live protocols over them. Every file is read
/// first: if any has a problem, nothing is stored.
/// </summary>
internal static class ImportScenarioCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Scenario files (sightline-scenario/1).", Arity = ArgumentArity.OneOrMore };
        var sqlite = DatabaseChoice.CreateOption();
        var policy = PolicyOption.Create();
        var command = new Command("import-scenario", "Store scenario files in the database as agency records (each event once, however often imported) and raise their alerts.")
        {
            files, sqlite, policy,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (!PolicyOption.TryEngine(result.GetValue(policy), error, out var engine))
            {
                return ExitCodes.BadInput;
            }
            if (ScenarioFiles.ReadAll(result.GetValue(files)!.Select(f => f.FullName), error) is not { } scenarios)
            {
                await error.WriteLineAsync("import-scenario: nothing stored, because a file has problems (above)");
                return ExitCodes.BadInput;
            }
            var database = DatabaseChoice.Resolve(result.GetValue(sqlite));
            try
            {
                await error.WriteLineAsync($"import-scenario: {DatabaseChoice.Describe(database)}");
                await using var records = await Records.OpenAsync(database, engine, TimeProvider.System, cancellationToken);
                var totals = await ScenarioImport.StoreAsync(records, scenarios, error, cancellationToken);
                await output.WriteLineAsync(
                    $"{Counted.Of(totals.Batches, "scenario")} imported: {Counted.Of(totals.EventsStored, "event")} stored, {totals.EventsAlreadyPresent.ToString("N0", CultureInfo.InvariantCulture)} already present; {Counted.Of(totals.AlertsRaised, "new alert")}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (DatabaseFailure.Is(e))
            {
                await error.WriteLineAsync($"import-scenario: failed: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
