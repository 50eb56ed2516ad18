using System.Globalization;
using Sightline.Interop.Scenarios;

namespace Sightline.Cli.Hosting;

/// <summary>Stores scenarios as intake batches, one per file, and runs the live protocols after each.</summary>
internal static class ScenarioImport
{
    /// <summary>
    /// Stores each scenario, writing "baby-r.json: 25 events stored, 0 already present; 7 new
    /// alerts" to <paramref name="progress"/>. Each batch is stored whole or not at all; a scenario
    /// stored before is stored again as nothing new.
    /// </summary>
    public static async Task<ImportTotals> StoreAsync(Records records, IReadOnlyList<(string File, Scenario Scenario)> scenarios, TextWriter progress, CancellationToken cancellationToken)
    {
        var totals = ImportTotals.None;
        foreach (var (file, scenario) in scenarios)
        {
            var batch = ScenarioBatch.ToIntakeBatch(scenario);
            var (receipt, run) = await records.StoreAsync(batch, $"import-scenario {file}", cancellationToken);
            await progress.WriteLineAsync(
                $"{file}: {Counted.Of(receipt.EventsStored, "event")} stored, {receipt.EventsAlreadyPresent.ToString("N0", CultureInfo.InvariantCulture)} already present; {Counted.Of(run.AlertsRaised, "new alert")}");
            totals = totals.Add(receipt.EventsStored, receipt.EventsAlreadyPresent, run.AlertsRaised);
        }
        return totals;
    }
}
