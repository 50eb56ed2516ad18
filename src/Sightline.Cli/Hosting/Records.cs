using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Protocols;
using Sightline.Storage;
using Sightline.Storage.Configuration;
using Sightline.Storage.Protocols;

namespace Sightline.Cli.Hosting;

/// <summary>
/// The store and the live protocols on one database, for commands that write records without
/// running the site: the same services the site registers, so alerts come out the same.
/// </summary>
internal sealed class Records : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private Records(ServiceProvider services)
    {
        this.services = services;
        Store = services.GetRequiredService<SightlineStore>();
        Live = services.GetRequiredService<LiveProtocols>();
    }

    /// <summary>The event log and the records around it.</summary>
    public SightlineStore Store { get; }

    /// <summary>The protocols, run after each stored batch.</summary>
    public LiveProtocols Live { get; }

    /// <summary>Opens the database and brings its schema up to date.</summary>
    public static async Task<Records> OpenAsync(StorageOptions database, ProtocolEngine engine, TimeProvider clock, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddSingleton(clock)
            .AddSightlineStorage(storage =>
            {
                storage.Provider = database.Provider;
                storage.ConnectionString = database.ConnectionString;
            })
            .AddSightlineProtocols(engine)
            .BuildServiceProvider();
        var records = new Records(services);
        try
        {
            await records.Store.MigrateAsync(cancellationToken);
            return records;
        }
        catch
        {
            await records.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
