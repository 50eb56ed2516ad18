using System.Globalization;
using Sightline.Demo;
using Sightline.Demo.AgencyRecords;

namespace Sightline.Cli.Hosting;

/// <summary>Loads the demonstration records: the generated area once, then the review scenarios beside the repository.</summary>
internal static class DemoLoad
{
    /// <summary>How often, in families, progress is reported while the area is stored.</summary>
    private const int ProgressEvery = 100;

    /// <summary>
    /// Generates and stores the area unless the database holds it already (any person of its first
    /// family is stored): the area is generated up to the day of its first load, and storing it
    /// again on a later day would give the same source keys to different events.
    /// </summary>
    public static async Task LoadAreaAsync(Records records, DemoOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var families = DemoArea.Families(options);
        foreach (var person in families.First().Batch.Persons)
        {
            if (await records.Store.FindPersonAsync(person.Id, cancellationToken) is not null)
            {
                var children = await records.Store.CountChildrenAsync(cancellationToken);
                await progress.WriteLineAsync(Say($"demo: the database already holds the demo area ({children:N0} children), so it is reused; delete the database to generate a fresh one"));
                await LoadPoliceRecordsAsync(records, families, options, progress, cancellationToken);
                return;
            }
        }
        await progress.WriteLineAsync(Say($"demo: generating {options.Families:N0} families (seed {options.Seed}, histories up to {options.Today:d MMM yyyy})…"));
        var totals = ImportTotals.None;
        foreach (var family in families)
        {
            var (receipt, run) = await records.StoreAsync(family.Batch, $"demo family {family.Id}", cancellationToken);
            totals = totals.Add(receipt.EventsStored, receipt.EventsAlreadyPresent, run.AlertsRaised);
            if (totals.Batches % ProgressEvery == 0 && totals.Batches < options.Families)
            {
                await progress.WriteLineAsync(Say($"demo: {totals.Batches:N0} of {options.Families:N0} families stored"));
            }
        }
        await progress.WriteLineAsync(Say($"demo: stored {Counted.Of(totals.EventsStored, "event")} of {Counted.Of(totals.Batches, "family", "families")}; the live protocols raised {Counted.Of(totals.AlertsRaised, "alert")}"));
        await LoadPoliceRecordsAsync(records, families, options, progress, cancellationToken);
    }

    /// <summary>Sends the police's own records of some fathers, for identity resolution to find (<see cref="PoliceRecords"/>).</summary>
    private static async Task LoadPoliceRecordsAsync(Records records, IEnumerable<DemoFamily> families, DemoOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var (sent, linked, reviews, alerts) = (0, 0, 0, 0);
        foreach (var family in families)
        {
            if (PoliceRecords.Of(family, DemoArea.Agencies, options.Today) is not { } batch)
            {
                continue;
            }
            var (receipt, run) = await records.StoreAsync(batch, $"demo police record for {family.Id}", cancellationToken);
            if (receipt.EventsStored == 0)
            {
                continue;
            }
            (sent, linked, reviews, alerts) = (sent + 1, linked + receipt.Resolution.Links.Count, reviews + receipt.Resolution.Reviews, alerts + run.AlertsRaised);
        }
        if (sent == 0)
        {
            return;
        }
        await progress.WriteLineAsync(Say($"demo: police sent their own records of {Counted.Of(sent, "father")}: identity resolution linked {linked:N0} and put {reviews:N0} on the police safeguarding leads' review lists (/identity); {Counted.Of(alerts, "new alert")}"));
    }

    /// <summary>Loads every review scenario in <c>../shared/scenarios</c> when the folder exists; none of them when one is bad.</summary>
    public static async Task LoadScenariosAsync(Records records, TextWriter progress, CancellationToken cancellationToken)
    {
        if (RepositoryFolders.SharedScenarios() is not { } folder)
        {
            await progress.WriteLineAsync("demo: no review scenarios beside the repository (../shared/scenarios), so only the generated area is loaded");
            return;
        }
        var files = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        await progress.WriteLineAsync(Say($"demo: loading {files.Count} review scenarios from {folder}"));
        if (ScenarioFiles.ReadAll(files, progress) is not { } scenarios)
        {
            await progress.WriteLineAsync("demo: a review scenario has problems (above), so none of them is loaded");
            return;
        }
        var totals = await ScenarioImport.StoreAsync(records, scenarios, progress, cancellationToken);
        await progress.WriteLineAsync(Say($"demo: review scenarios: {Counted.Of(totals.EventsStored, "event")} stored, {totals.EventsAlreadyPresent:N0} already present"));
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
