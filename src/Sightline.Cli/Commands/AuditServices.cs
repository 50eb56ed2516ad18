using Microsoft.Extensions.DependencyInjection;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Configuration;

namespace Sightline.Cli.Commands;

/// <summary>The audit log on the chosen database, registered as the site registers it, with the schema brought up to date.</summary>
internal sealed class AuditServices : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private AuditServices(ServiceProvider services)
    {
        this.services = services;
        Log = services.GetRequiredService<AuditLog>();
    }

    /// <summary>The audit log.</summary>
    public AuditLog Log { get; }

    /// <summary>Opens the database and brings its schema up to date (an older database gains the audit tables).</summary>
    public static async Task<AuditServices> OpenAsync(StorageOptions database, CancellationToken cancellationToken)
    {
        var provider = new ServiceCollection()
            .AddSightlineStorage(storage =>
            {
                storage.Provider = database.Provider;
                storage.ConnectionString = database.ConnectionString;
            })
            .AddSightlineAudit()
            .BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<SightlineStore>().MigrateAsync(cancellationToken);
            return new AuditServices(provider);
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
