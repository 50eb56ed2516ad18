using Sightline.Cli.Tests.Databases;
using Sightline.Core.Agencies;
using Sightline.Core.Intake;
using Sightline.Storage;

namespace Sightline.Cli.Tests;

/// <summary>
/// <c>sightline import</c> as a real child process on SQLite and PostgreSQL: an import killed
/// part-way and run again stores every row exactly once; a file with a bad row stores nothing.
/// </summary>
public abstract class ImportBehaviour(ITestDatabases databases) : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("sightline-import-files-");
    private ImportDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await databases.CreateAsync();
        var store = SightlineStore.Open(database.Options);
        await store.MigrateAsync();
        await store.StoreBatchAsync(new IntakeBatch
        {
            Agencies =
            [
                new Agency(ImportFiles.Hv, "Eastfield Health Visiting", AgencyKind.HealthVisiting, "Eastfield"),
                new Agency(ImportFiles.Csc, "Eastfield Children's Social Care", AgencyKind.ChildrensSocialCare, "Eastfield"),
            ],
        });
    }

    public async Task DisposeAsync()
    {
        await databases.DropAsync(database);
        (databases as IDisposable)?.Dispose();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task An_import_killed_part_way_and_run_again_stores_every_row_exactly_once()
    {
        Assert.Equal(ExitCodes.Ok, await RunAsync("--kind", "persons", ImportFiles.Persons(folder.FullName, 60)));
        var contacts = ImportFiles.Contacts(folder.FullName, 60, 10);
        string[] import = ["--kind", "contact", "--batch-size", "20", contacts];

        using (var first = Start(import))
        {
            var batches = 0;
            await first.WaitForErrorLineAsync(line => line.Contains(" rows stored (", StringComparison.Ordinal) && ++batches == 3);
            await first.KillAsync();
        }
        var beforeRerun = await ContactsStoredAsync();
        using var second = Start(import);
        var exit = await second.ExitAsync();

        Assert.InRange(beforeRerun, 60, 599);
        Assert.True(exit == ExitCodes.Ok, second.Error);
        Assert.Equal(600, await ContactsStoredAsync());
        var sources = (await SightlineStore.Open(database.Options).LoadRecordedSinceAsync(DateTimeOffset.MinValue))
            .Where(e => e.Source.Agency == ImportFiles.Hv).Select(e => e.Source.SourceId).ToList();
        Assert.Equal(600, sources.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(600, sources.Count);
        Assert.Contains($"contacts.csv: 600 rows: {600 - beforeRerun} events stored, {beforeRerun} already present; ", second.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, await RunCommandAsync("audit", "verify"));
    }

    [Fact]
    public async Task An_import_run_again_to_the_end_stores_nothing_new()
    {
        Assert.Equal(ExitCodes.Ok, await RunAsync("--kind", "persons", ImportFiles.Persons(folder.FullName, 3)));
        var contacts = ImportFiles.Contacts(folder.FullName, 3, 4);
        Assert.Equal(ExitCodes.Ok, await RunAsync("--kind", "contact", contacts));

        using var again = Start(["--kind", "contact", contacts]);

        Assert.Equal(ExitCodes.Ok, await again.ExitAsync());
        Assert.Contains("contacts.csv: 12 rows: 0 events stored, 12 already present; 0 new alerts", again.Output, StringComparison.Ordinal);
        Assert.Equal(12, await ContactsStoredAsync());
    }

    [Fact]
    public async Task A_file_with_a_bad_row_stores_nothing_and_names_the_line_and_column()
    {
        Assert.Equal(ExitCodes.Ok, await RunAsync("--kind", "persons", ImportFiles.Persons(folder.FullName, 3)));
        var contacts = ImportFiles.Contacts(folder.FullName, 3, 4);
        var lines = File.ReadAllLines(contacts);
        lines[11] = lines[11].Replace("home-visit", "home visit", StringComparison.Ordinal);
        File.WriteAllLines(contacts, lines);

        using var import = Start(["--kind", "contact", "--batch-size", "2", contacts]);

        Assert.Equal(ExitCodes.BadInput, await import.ExitAsync());
        Assert.Equal("contacts.csv:12:4: mode: 'home visit' is not one of home-visit, clinic, phone, virtual", import.Output.Trim());
        Assert.Contains("import: contacts.csv: 1 problem, so nothing was stored", import.Error, StringComparison.Ordinal);
        Assert.Equal(0, await ContactsStoredAsync());
    }

    [Fact]
    public async Task An_agency_sightline_does_not_know_is_refused()
    {
        using var import = Start(["--agency", "cli.nowhere-hv", "--kind", "persons", ImportFiles.Persons(folder.FullName, 1)]);

        Assert.Equal(ExitCodes.BadInput, await import.ExitAsync());
        Assert.Contains("import: agency 'cli.nowhere-hv' is not known to Sightline", import.Error, StringComparison.Ordinal);
    }

    /// <summary>The import as a child process, from Eastfield health visiting unless the arguments name an agency.</summary>
    private ChildCommand Start(string[] args) =>
        new(["import", .. args.Contains("--agency") ? [] : new[] { "--agency", ImportFiles.Hv.Value }, .. args, .. database.Arguments], database.Environment);

    private async Task<int> RunAsync(params string[] args)
    {
        using var command = Start(args);
        var exit = await command.ExitAsync();
        Assert.True(exit == ExitCodes.Ok, $"{string.Join(' ', args)}: {exit}\n{command.Output}\n{command.Error}");
        return exit;
    }

    private async Task<int> RunCommandAsync(params string[] args)
    {
        using var command = new ChildCommand([.. args, .. database.Arguments], database.Environment);
        return await command.ExitAsync();
    }

    private async Task<long> ContactsStoredAsync() => await SightlineStore.Open(database.Options).CountEventsAsync();
}
