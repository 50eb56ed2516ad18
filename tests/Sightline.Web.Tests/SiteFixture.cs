using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Intake;
using Sightline.Interop.Scenarios;
using Sightline.Storage;
using Sightline.Storage.Configuration;
using Sightline.Storage.Protocols;
using Sightline.Web.Tests.Databases;

namespace Sightline.Web.Tests;

/// <summary>
/// The site over a fresh database holding the Hart family and the every-kind scenario, with the
/// live protocols run over both, all before the site starts: its scheduler then finds nothing due,
/// so no test races it. One site per test class; the tests only read.
/// </summary>
public abstract class SiteFixture(ITestDatabases databases) : IAsyncLifetime
{
    private StorageOptions? database;
    private WebApplicationFactory<Program>? factory;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The every-kind scenario as stored.</summary>
    public IntakeBatch EveryKind { get; } = ScenarioBatch.ToIntakeBatch(
        ScenarioReader.Read(Path.Combine(AppContext.BaseDirectory, "Scenarios", "every-kind.json")).Scenario
        ?? throw new InvalidOperationException("every-kind.json does not read."));

    public async Task InitializeAsync()
    {
        database = await databases.CreateAsync();
        await StoreAsync(database, HartFamily.Batch(), EveryKind);
        var (name, value) = databases.SiteSetting(database);
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(site =>
        {
            site.UseSetting(name, value);
            site.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(FixedClock.Monday));
        });
        Client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        if (database is not null)
        {
            await databases.DropAsync(database);
        }
        (databases as IDisposable)?.Dispose();
    }

    private static async Task StoreAsync(StorageOptions database, params IntakeBatch[] batches)
    {
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(FixedClock.Monday)
            .AddSightlineStorage(storage =>
            {
                storage.Provider = database.Provider;
                storage.ConnectionString = database.ConnectionString;
            })
            .AddSightlineProtocols()
            .BuildServiceProvider();
        var store = services.GetRequiredService<SightlineStore>();
        var live = services.GetRequiredService<LiveProtocols>();
        await store.MigrateAsync();
        foreach (var batch in batches)
        {
            await store.StoreBatchAsync(batch);
            await live.RunAfterBatchAsync(batch);
        }
    }
}
